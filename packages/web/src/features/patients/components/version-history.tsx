import { Button, Card, Collapse, Group, List, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconHistory } from '@tabler/icons-react';
import { formatRegionalPatientId, type PatientVersion } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { usePatientVersions } from '../api/use-patient-versions';
import { useRegionCommunes } from '../api/use-region-communes';
import { toBirthDateInput } from './birth-date-text';
import { formatPhone } from './format-phone';

interface VersionHistoryProps {
  patientId: string;
  /** The golden record's regional id: versions of records merged into it say which record they belong to. */
  regionalId: string;
  regionCode: string;
}

/** Fields whose stored values are codes the UI translates. */
const translatedFields: Record<string, string> = {
  sex: 'patients.sex',
  amoScheme: 'patients.amoScheme',
  vitalStatus: 'patients.vitalStatus',
};

/** Turns a stored value of a version into what the desk reads. */
function useChangeValue() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDate } = useFormatters();
  return (field: string, value: unknown, communes: ReadonlyMap<string, { nameFr: string; nameAr: string }>) => {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
      return '—';
    }
    const prefix = translatedFields[field];
    if (prefix !== undefined && typeof value === 'string') {
      return t(`${prefix}.${value}`, { defaultValue: value });
    }
    if (Array.isArray(value)) {
      return value.map((item) => (typeof item === 'string' ? formatPhone(item) : JSON.stringify(item))).join(', ');
    }
    if (typeof value !== 'string') {
      return JSON.stringify(value);
    }
    switch (field) {
      case 'birthDate':
        return toBirthDateInput(value);
      case 'deathDate':
        return formatDate(value);
      case 'communeCode': {
        const commune = communes.get(value);
        return commune ? localizedName(commune, language) : value;
      }
      case 'referenceEstablishmentId':
        return t('patients.history.establishmentChanged');
      default:
        return value;
    }
  };
}

/** Who changed what in the patient's identity, and when; loaded only when opened, since reading it is audited. */
export function VersionHistory({ patientId, regionalId, regionCode }: VersionHistoryProps) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const [opened, setOpened] = useState(false);
  const versions = usePatientVersions(patientId, opened);
  const communes = useRegionCommunes(regionCode);
  const communeByCode = new Map((communes.data ?? []).map((commune) => [commune.code, commune]));
  const changeValue = useChangeValue();
  const sorted = [...(versions.data ?? [])].sort((a, b) => b.changedAt.localeCompare(a.changedAt));

  const describe = (version: PatientVersion) =>
    [
      t(`patients.history.action.${version.action}`, { defaultValue: version.action }),
      formatDateTime(version.changedAt),
      version.changedBy ? t('patients.history.by', { name: version.changedBy }) : t('patients.history.bySystem'),
    ].join(' · ');

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="history-title">
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          <IconHistory size={18} aria-hidden />
          <Title order={2} size="h4" id="history-title">
            {t('patients.history.title')}
          </Title>
        </Group>
        <Button
          variant="subtle"
          size="xs"
          aria-expanded={opened}
          aria-controls="history-panel"
          rightSection={opened ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
          onClick={() => setOpened((value) => !value)}
        >
          {opened ? t('patients.history.hide') : t('patients.history.show')}
        </Button>
      </Group>
      <Collapse expanded={opened} id="history-panel">
        <Stack gap="sm" mt="md">
          {versions.isPending && opened && <PageLoader />}
          {versions.isError && <ErrorPanel error={versions.error} onRetry={() => void versions.refetch()} />}
          {versions.isSuccess && (
            <Timeline bulletSize={14} lineWidth={2}>
              {sorted.map((version) => (
                <Timeline.Item
                  key={`${version.patientId}-${version.version}`}
                  title={
                    <Text size="sm" fw={600}>
                      {describe(version)}
                    </Text>
                  }
                >
                  {version.regionalId !== regionalId && (
                    <Text size="xs" c="grape">
                      {t('patients.history.ofMergedRecord', {
                        regionalId: formatRegionalPatientId(version.regionalId),
                      })}
                    </Text>
                  )}
                  <List size="sm" spacing={2} mt={4}>
                    {version.changes.map((change) => {
                      const before = changeValue(change.field, change.before, communeByCode);
                      const after = changeValue(change.field, change.after, communeByCode);
                      if (before === after) {
                        return null;
                      }
                      return (
                        <List.Item key={change.field}>
                          <Text span size="sm" fw={500}>
                            {t(`patients.field.${change.field}`, { defaultValue: change.field })}
                          </Text>
                          {t('patients.history.colon')}
                          {before !== '—' && (
                            <>
                              <Text span size="sm" c="dimmed" td="line-through">
                                <bdi>{before}</bdi>
                              </Text>{' '}
                              {t('patients.history.arrow')}{' '}
                            </>
                          )}
                          <Text span size="sm">
                            <bdi>{after}</bdi>
                          </Text>
                        </List.Item>
                      );
                    })}
                  </List>
                </Timeline.Item>
              ))}
            </Timeline>
          )}
        </Stack>
      </Collapse>
    </Card>
  );
}
