import { Fieldset, NativeSelect, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { amoSchemes, patientSexes, vitalStatuses } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { CommuneSelect } from './commune-select';
import type { PatientFormValues } from './patient-form-values';
import { PhonesEditor } from './phones-editor';
import { ReferenceCentreSelect } from './reference-centre-select';

interface PatientFieldsProps {
  gstId: string;
  regionCode: string;
  values: PatientFormValues;
  /** Translated errors keyed by dotted path, e.g. `patient.cin`. */
  errors: Record<string, string>;
  /** The path of the demographics in the input (`patient.` when creating, '' when editing). */
  errorPrefix: string;
  /** The vital status is for corrections of an existing record; a new patient is alive. */
  withVitalStatus: boolean;
  onChange: (change: Partial<PatientFormValues>) => void;
}

/** Inputs of a row line up even when only one of them has a description above it. */
const alignInputs = { alignItems: 'end' } as const;

/** The identity fields of a patient, as the desk types them, shared by the new-patient form and the edit dialog. */
export function PatientFields(props: PatientFieldsProps) {
  const { gstId, regionCode, values, errors, errorPrefix, withVitalStatus, onChange } = props;
  const { t } = useTranslation();
  const error = (field: string) => errors[`${errorPrefix}${field}`];
  const pick = <Value extends string>(allowed: readonly Value[], value: string, fallback: Value): Value =>
    allowed.find((candidate) => candidate === value) ?? fallback;

  return (
    <>
      <Fieldset legend={t('patients.form.identity')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" style={alignInputs}>
          <TextInput
            label={t('patients.field.familyNameLatinScript')}
            lang="fr"
            dir="ltr"
            autoComplete="off"
            value={values.familyNameLatin}
            error={error('familyNameLatin')}
            onChange={(event) => onChange({ familyNameLatin: event.currentTarget.value })}
          />
          <TextInput
            label={t('patients.field.givenNameLatinScript')}
            lang="fr"
            dir="ltr"
            autoComplete="off"
            value={values.givenNameLatin}
            error={error('givenNameLatin')}
            onChange={(event) => onChange({ givenNameLatin: event.currentTarget.value })}
          />
          <TextInput
            label={t('patients.field.familyNameArabic')}
            lang="ar"
            dir="rtl"
            autoComplete="off"
            value={values.familyNameArabic}
            error={error('familyNameArabic')}
            onChange={(event) => onChange({ familyNameArabic: event.currentTarget.value })}
          />
          <TextInput
            label={t('patients.field.givenNameArabic')}
            lang="ar"
            dir="rtl"
            autoComplete="off"
            value={values.givenNameArabic}
            error={error('givenNameArabic')}
            onChange={(event) => onChange({ givenNameArabic: event.currentTarget.value })}
          />
          <TextInput
            label={t('patients.field.fatherGivenName')}
            description={t('patients.form.fatherHint')}
            dir="auto"
            autoComplete="off"
            value={values.fatherGivenName}
            error={error('fatherGivenName')}
            onChange={(event) => onChange({ fatherGivenName: event.currentTarget.value })}
          />
          <NativeSelect
            label={t('patients.field.sex')}
            value={values.sex}
            data={patientSexes.map((sex) => ({ value: sex, label: t(`patients.sex.${sex}`) }))}
            error={error('sex')}
            onChange={(event) => onChange({ sex: pick(patientSexes, event.currentTarget.value, 'unknown') })}
          />
          <TextInput
            label={t('patients.field.birthDate')}
            placeholder={t('patients.birthDate.placeholder')}
            description={t('patients.form.birthDateHint')}
            dir="ltr"
            inputMode="numeric"
            autoComplete="off"
            value={values.birthDate}
            error={error('birthDate')}
            onChange={(event) => onChange({ birthDate: event.currentTarget.value })}
          />
          <TextInput
            label={t('patients.field.cin')}
            description={t('patients.form.cinHint')}
            dir="ltr"
            autoComplete="off"
            value={values.cin}
            error={error('cin')}
            onChange={(event) => onChange({ cin: event.currentTarget.value })}
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('patients.form.coverage')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs" style={alignInputs}>
          <NativeSelect
            label={t('patients.field.amoScheme')}
            value={values.amoScheme}
            data={amoSchemes.map((scheme) => ({ value: scheme, label: t(`patients.amoScheme.${scheme}`) }))}
            error={error('amoScheme')}
            onChange={(event) => onChange({ amoScheme: pick(amoSchemes, event.currentTarget.value, 'unknown') })}
          />
          <TextInput
            label={t('patients.field.amoNumber')}
            dir="ltr"
            autoComplete="off"
            value={values.amoNumber}
            error={error('amoNumber')}
            onChange={(event) => onChange({ amoNumber: event.currentTarget.value })}
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('patients.form.contact')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
          <PhonesEditor
            phones={values.phones}
            errors={errors}
            errorPrefix={`${errorPrefix}phones`}
            onChange={(phones) => onChange({ phones })}
          />
          <CommuneSelect
            regionCode={regionCode}
            label={t('patients.field.commune')}
            value={values.communeCode}
            error={error('communeCode')}
            onChange={(communeCode) => onChange({ communeCode })}
          />
          <Textarea
            label={t('patients.field.address')}
            description={t('patients.form.addressHint')}
            dir="auto"
            autosize
            minRows={2}
            value={values.address}
            error={error('address')}
            onChange={(event) => onChange({ address: event.currentTarget.value })}
          />
          <ReferenceCentreSelect
            gstId={gstId}
            label={t('patients.field.referenceEstablishment')}
            value={values.referenceEstablishmentId}
            valueLabel={values.referenceEstablishmentName}
            error={error('referenceEstablishmentId')}
            onChange={(referenceEstablishmentId, referenceEstablishmentName) =>
              onChange({ referenceEstablishmentId, referenceEstablishmentName })
            }
          />
        </SimpleGrid>
      </Fieldset>

      {withVitalStatus && (
        <Fieldset legend={t('patients.field.vitalStatus')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
            <NativeSelect
              label={t('patients.field.vitalStatus')}
              value={values.vitalStatus}
              data={vitalStatuses.map((status) => ({ value: status, label: t(`patients.vitalStatus.${status}`) }))}
              error={error('vitalStatus')}
              onChange={(event) => onChange({ vitalStatus: pick(vitalStatuses, event.currentTarget.value, 'alive') })}
            />
            {values.vitalStatus === 'deceased' && (
              <TextInput
                type="date"
                label={t('patients.field.deathDate')}
                dir="ltr"
                value={values.deathDate}
                error={error('deathDate')}
                onChange={(event) => onChange({ deathDate: event.currentTarget.value })}
              />
            )}
          </SimpleGrid>
        </Fieldset>
      )}
    </>
  );
}
