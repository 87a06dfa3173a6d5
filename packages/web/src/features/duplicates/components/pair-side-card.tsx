import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { formatRegionalPatientId, type DuplicatePairSide } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { PatientNames } from './patient-names';

interface PairSideCardProps {
  side: DuplicatePairSide;
  label: string;
  isOlder: boolean;
}

/** One side of the pair: who it is, where it is registered (IPPs) and seen (encounter counts, no clinical detail). */
export function PairSideCard({ side, label, isOlder }: PairSideCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDate } = useFormatters();
  const { patient } = side;
  return (
    <Card withBorder padding="md" component="section" aria-label={label}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              {label}
            </Text>
            <PatientNames patient={patient} size="lg" />
          </Stack>
          <Stack gap={4} align="flex-end">
            {isOlder && <Badge variant="light">{t('duplicates.older')}</Badge>}
            {patient.status === 'merged' && (
              <Badge color="gray" variant="outline">
                {t('duplicates.mergedInto')}
              </Badge>
            )}
          </Stack>
        </Group>
        <Text size="sm" c="dimmed">
          <span dir="ltr">{t('duplicates.regionalId', { id: formatRegionalPatientId(patient.regionalId) })}</span>
          {' · '}
          {t('duplicates.createdAt', { date: formatDate(patient.createdAt) })}
        </Text>
        <Title order={3} size="h5" mt="xs">
          {t('duplicates.registrations')}
        </Title>
        {side.registrations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('duplicates.noRegistration')}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {side.registrations.map((registration) => (
              <List.Item key={registration.id}>
                {localizedName(
                  { nameFr: registration.establishmentName, nameAr: registration.establishmentNameAr },
                  language,
                )}
                {' — '}
                <span dir="ltr">
                  {registration.localId ? t('duplicates.ipp', { id: registration.localId }) : t('duplicates.noIpp')}
                </span>
                {registration.fromPatientId && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({t('duplicates.fromMerged')})
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        )}
        <Title order={3} size="h5" mt="xs">
          {t('duplicates.encounters')}
        </Title>
        {side.encounterCounts.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('duplicates.noEncounter')}
          </Text>
        ) : (
          <List size="sm" spacing={2}>
            {side.encounterCounts.map((entry) => (
              <List.Item key={entry.establishmentId}>
                {localizedName({ nameFr: entry.establishmentName, nameAr: entry.establishmentNameAr }, language)}
                {' — '}
                {t('duplicates.encounterCount', { count: entry.count })}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
