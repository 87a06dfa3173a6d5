import { Button, Card, Group, Loader, NativeSelect, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { IconEraser } from '@tabler/icons-react';
import { patientSexes } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { CommuneSelect } from './commune-select';
import type { DeskEstablishment } from './desk-establishments';
import type { SearchProblems, SearchValues } from './search-values';

interface PatientSearchFormProps {
  regionCode: string;
  values: SearchValues;
  /** Fields the search cannot use yet, as translation keys. */
  problems: SearchProblems;
  searching: boolean;
  establishments: readonly DeskEstablishment[];
  establishmentId: string | null;
  onEstablishmentChange: (establishmentId: string) => void;
  onChange: (change: Partial<SearchValues>) => void;
  onClear: () => void;
}

/**
 * What the desk knows about the person: names in either script, birth date as known, sex, CIN, phone, commune, or a
 * regional id / IPP. There is no search button: candidates follow the typing.
 */
export function PatientSearchForm(props: PatientSearchFormProps) {
  const { regionCode, values, problems, searching, establishments, establishmentId } = props;
  const { onEstablishmentChange, onChange, onClear } = props;
  const { t } = useTranslation();
  const problem = (field: keyof SearchValues) => {
    const key = problems[field];
    return key === undefined ? undefined : t(key);
  };
  const single = establishments.length === 1 ? establishments[0] : undefined;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="patient-search-title">
      <Group justify="space-between" mb="sm" gap="sm" wrap="wrap">
        <Group gap="xs">
          <Title order={2} size="h4" id="patient-search-title">
            {t('patients.search.title')}
          </Title>
          {searching && <Loader size="xs" aria-label={t('patients.search.searching')} />}
        </Group>
        <Button variant="subtle" size="xs" leftSection={<IconEraser size={14} />} onClick={onClear}>
          {t('patients.search.clear')}
        </Button>
      </Group>
      {single && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('patients.search.deskAt', { name: single.name })}
        </Text>
      )}
      {establishments.length > 1 && (
        <NativeSelect
          label={t('patients.search.establishment')}
          mb="sm"
          maw={480}
          value={establishmentId ?? ''}
          data={establishments.map((establishment) => ({ value: establishment.id, label: establishment.name }))}
          onChange={(event) => onEstablishmentChange(event.currentTarget.value)}
        />
      )}
      <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="sm" verticalSpacing="xs">
        <TextInput
          label={t('patients.field.familyName')}
          dir="auto"
          autoComplete="off"
          autoFocus
          value={values.familyName}
          onChange={(event) => onChange({ familyName: event.currentTarget.value })}
        />
        <TextInput
          label={t('patients.field.givenName')}
          dir="auto"
          autoComplete="off"
          value={values.givenName}
          onChange={(event) => onChange({ givenName: event.currentTarget.value })}
        />
        <TextInput
          label={t('patients.field.birthDate')}
          placeholder={t('patients.birthDate.placeholder')}
          dir="ltr"
          inputMode="numeric"
          autoComplete="off"
          value={values.birthDate}
          error={problem('birthDate')}
          onChange={(event) => onChange({ birthDate: event.currentTarget.value })}
        />
        <NativeSelect
          label={t('patients.field.sex')}
          value={values.sex}
          data={[
            { value: '', label: t('patients.search.anySex') },
            ...patientSexes
              .filter((sex) => sex !== 'unknown')
              .map((sex) => ({ value: sex, label: t(`patients.sex.${sex}`) })),
          ]}
          onChange={(event) => {
            const sex = patientSexes.find((candidate) => candidate === event.currentTarget.value);
            onChange({ sex: sex ?? '' });
          }}
        />
        <TextInput
          label={t('patients.field.cin')}
          dir="ltr"
          autoComplete="off"
          value={values.cin}
          error={problem('cin')}
          onChange={(event) => onChange({ cin: event.currentTarget.value })}
        />
        <TextInput
          label={t('patients.field.phone')}
          dir="ltr"
          type="tel"
          autoComplete="off"
          value={values.phone}
          error={problem('phone')}
          onChange={(event) => onChange({ phone: event.currentTarget.value })}
        />
        <CommuneSelect
          regionCode={regionCode}
          label={t('patients.field.commune')}
          value={values.communeCode}
          onChange={(communeCode) => onChange({ communeCode })}
        />
        <TextInput
          label={t('patients.search.identifier')}
          dir="ltr"
          autoComplete="off"
          value={values.identifier}
          error={problem('identifier')}
          onChange={(event) => onChange({ identifier: event.currentTarget.value })}
        />
      </SimpleGrid>
    </Card>
  );
}
