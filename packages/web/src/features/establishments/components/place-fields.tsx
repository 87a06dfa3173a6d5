import { Fieldset, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { useCommunes, useProvinces } from '../../territory';
import type { EstablishmentFormValues } from './establishment-form-values';

interface PlaceFieldsProps {
  regionCode: string;
  values: EstablishmentFormValues;
  errors: Record<string, string>;
  identityLocked: boolean;
  onChange: (change: Partial<EstablishmentFormValues>) => void;
}

/** Province → commune pickers, coordinates, and the contact details (address, phone, opening hours). */
export function PlaceFields({ regionCode, values, errors, identityLocked, onChange }: PlaceFieldsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const provinces = useProvinces(regionCode);
  const communes = useCommunes(values.provinceCode === '' ? null : values.provinceCode);

  return (
    <>
      <Fieldset legend={t('form.place')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('establishment.province')}
            required
            disabled={identityLocked}
            value={values.provinceCode}
            error={errors.provinceCode}
            data={[
              { value: '', label: t('form.choose') },
              ...(provinces.data ?? []).map((province) => ({
                value: province.code,
                label: localizedName(province, language),
              })),
            ]}
            onChange={(event) => onChange({ provinceCode: event.currentTarget.value, communeCode: '' })}
          />
          <NativeSelect
            label={t('establishment.commune')}
            disabled={identityLocked || values.provinceCode === ''}
            value={values.communeCode}
            error={errors.communeCode}
            data={[
              { value: '', label: t('form.noCommune') },
              ...(communes.data ?? [])
                .map((commune) => ({ value: commune.code, label: localizedName(commune, language) }))
                .sort((a, b) => a.label.localeCompare(b.label, language)),
            ]}
            onChange={(event) => onChange({ communeCode: event.currentTarget.value })}
          />
          <TextInput
            label={t('establishment.longitude')}
            description={t('form.longitudeHint')}
            required
            disabled={identityLocked}
            inputMode="decimal"
            dir="ltr"
            value={values.lon}
            error={errors.lon}
            onChange={(event) => onChange({ lon: event.currentTarget.value })}
          />
          <TextInput
            label={t('establishment.latitude')}
            description={t('form.latitudeHint')}
            required
            disabled={identityLocked}
            inputMode="decimal"
            dir="ltr"
            value={values.lat}
            error={errors.lat}
            onChange={(event) => onChange({ lat: event.currentTarget.value })}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('form.contact')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('establishment.address')}
            value={values.address}
            error={errors.address}
            onChange={(event) => onChange({ address: event.currentTarget.value })}
          />
          <TextInput
            label={t('establishment.phone')}
            placeholder="+212 539 00 00 00"
            type="tel"
            dir="ltr"
            value={values.phone}
            error={errors.phone}
            onChange={(event) => onChange({ phone: event.currentTarget.value })}
          />
          <TextInput
            label={t('establishment.openingHours')}
            description={t('form.openingHoursHint')}
            placeholder="Mo-Fr 08:30-16:30; Sa 08:30-12:00"
            dir="ltr"
            value={values.openingHours}
            error={errors.openingHours}
            onChange={(event) => onChange({ openingHours: event.currentTarget.value })}
          />
        </SimpleGrid>
      </Fieldset>
    </>
  );
}
