import { Badge, Group, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { specialties, type Encounter, type EncounterKind } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';

export const kindColors: Record<EncounterKind, string> = {
  consultation: 'blue',
  emergency: 'red',
  hospital_stay: 'violet',
  teleconsultation: 'cyan',
};

/** When the encounter took place: its start time, and its end (the date too when it ended another day). */
function useEncounterPeriod(encounter: Encounter): string {
  const { t } = useTranslation();
  const { formatDateTime, formatTime } = useFormatters();
  const start = formatTime(encounter.startedAt);
  if (encounter.endedAt === null) {
    return encounter.kind === 'hospital_stay' ? t('encounters.ongoingSince', { start }) : start;
  }
  const sameDay = new Date(encounter.startedAt).toDateString() === new Date(encounter.endedAt).toDateString();
  const end = sameDay ? formatTime(encounter.endedAt) : formatDateTime(encounter.endedAt);
  return t('encounters.period', { start, end });
}

/** What was found and decided: shown to the care team, a discreet note to everyone else. */
function ClinicalDetail({ encounter }: { encounter: Encounter }) {
  const { t } = useTranslation();
  if (encounter.redacted) {
    return (
      <Group gap={4} wrap="nowrap">
        <IconLock size={14} aria-hidden />
        <Text size="xs" c="dimmed" fs="italic">
          {t('encounters.masked')}
        </Text>
      </Group>
    );
  }
  return (
    <Stack gap={2}>
      {encounter.reason && <Text size="sm">{t('encounters.reasonLine', { reason: encounter.reason })}</Text>}
      {(encounter.icd10Code || encounter.outcome) && (
        <Group gap="xs">
          {encounter.icd10Code && (
            <Badge variant="outline" color="gray" size="sm" dir="ltr" style={{ textTransform: 'none' }}>
              {t('encounters.icd10', { code: encounter.icd10Code })}
            </Badge>
          )}
          {encounter.outcome && (
            <Text size="sm" c="dimmed">
              {t(`encounters.outcome.${encounter.outcome}`)}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}

/** One encounter of the timeline: where, what kind, which service, when, who, and (for the care team) why. */
export function EncounterItem({ encounter }: { encounter: Encounter }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const period = useEncounterPeriod(encounter);
  const specialty = specialties.find((candidate) => candidate.code === encounter.specialtyCode);
  return (
    <Stack gap={4} data-testid="encounter">
      <Group gap="xs" wrap="wrap">
        <Text fw={600} size="sm">
          {localizedName(encounter.establishment, language)}
        </Text>
        <Badge color={kindColors[encounter.kind]} variant="light" size="sm">
          {t(`encounters.kind.${encounter.kind}`)}
        </Badge>
        {encounter.fromPatientId && (
          <Badge color="gray" variant="dot" size="sm">
            {t('encounters.mergedRecord')}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {[specialty ? localizedName(specialty, language) : null, period].filter(Boolean).join(' · ')}
      </Text>
      {encounter.practitionerName && (
        <Text size="xs" c="dimmed">
          {t('encounters.by', { name: encounter.practitionerName })}
        </Text>
      )}
      <ClinicalDetail encounter={encounter} />
      {encounter.referral && (
        <AnchorLink to="/referrals/$referralId" params={{ referralId: encounter.referral.id }} size="xs">
          {t('encounters.referralLink', { number: encounter.referral.number })}
        </AnchorLink>
      )}
    </Stack>
  );
}
