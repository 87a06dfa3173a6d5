import { Button, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconAmbulance, IconBed, IconDeviceLaptop, IconPlus, IconStethoscope } from '@tabler/icons-react';
import type { EncounterKind } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { useSession } from '../../auth';
import { useFormatters } from '../../../lib/use-formatters';
import { usePatientEncounters } from '../api/use-patient-encounters';
import { EncounterFormModal } from './encounter-form-modal';
import { EncounterItem, kindColors } from './encounter-item';
import { groupEncountersByDay } from './group-encounters-by-day';
import { recordableEstablishments } from './recordable-establishments';

/** Props of the patient's timeline of care across the GST's establishments. */
export interface PatientTimelineProps {
  patientId: string;
  /** Whether the viewer may read clinical detail (reasons, diagnoses, outcomes). */
  clinical: boolean;
  /** The patient's GST, where encounters are recorded; the session's GST when not given. */
  gstId?: string;
  /** Called once an encounter is recorded: the record may have a new care relationship to show. */
  onEncounterRecorded?: () => void;
}

const kindIcons: Record<EncounterKind, typeof IconStethoscope> = {
  consultation: IconStethoscope,
  emergency: IconAmbulance,
  hospital_stay: IconBed,
  teleconsultation: IconDeviceLaptop,
};

/**
 * The shared care record: every encounter of the patient at every establishment of the GST, newest first, grouped
 * by day. Clinical detail shows only to the care team (the server masks it for others). Users who work with patients
 * at an establishment may add an encounter there.
 */
export function PatientTimeline({ patientId, clinical, gstId, onEncounterRecorded }: PatientTimelineProps) {
  const { t } = useTranslation();
  const { formatDate, formatInteger } = useFormatters();
  const { me, actor, gst } = useSession();
  const timeline = usePatientEncounters(patientId);
  const [adding, setAdding] = useState(false);
  const establishments = recordableEstablishments(me, actor, gstId ?? gst.id);
  const encounters = timeline.data?.pages.flatMap((page) => page.items) ?? [];
  const total = timeline.data?.pages.at(-1)?.total ?? 0;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="timeline-title">
      <Group justify="space-between" mb="md" gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id="timeline-title">
            {t('encounters.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {clinical ? t('encounters.subtitle') : t('encounters.maskedNotice')}
          </Text>
        </Stack>
        {establishments.length > 0 && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
            {t('encounters.add')}
          </Button>
        )}
      </Group>
      {timeline.isPending && <PageLoader />}
      {timeline.isError && <ErrorPanel error={timeline.error} onRetry={() => void timeline.refetch()} />}
      {timeline.isSuccess && encounters.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('encounters.empty')}
        </Text>
      )}
      {encounters.length > 0 && (
        <Stack gap="md">
          {groupEncountersByDay(encounters).map((day) => (
            <Stack gap="xs" key={day.day} component="section" aria-label={formatDate(day.day)}>
              <Text size="sm" fw={600} c="dimmed">
                {formatDate(day.day)}
              </Text>
              <Timeline bulletSize={26} lineWidth={2}>
                {day.encounters.map((encounter) => {
                  const Icon = kindIcons[encounter.kind];
                  return (
                    <Timeline.Item key={encounter.id} bullet={<Icon size={14} />} color={kindColors[encounter.kind]}>
                      <EncounterItem encounter={encounter} />
                    </Timeline.Item>
                  );
                })}
              </Timeline>
            </Stack>
          ))}
          <Group justify="space-between">
            <Text size="xs" c="dimmed">
              {t('encounters.count', { shown: formatInteger(encounters.length), total: formatInteger(total) })}
            </Text>
            {timeline.hasNextPage && (
              <Button
                variant="subtle"
                size="xs"
                loading={timeline.isFetchingNextPage}
                onClick={() => void timeline.fetchNextPage()}
              >
                {t('encounters.showMore')}
              </Button>
            )}
          </Group>
        </Stack>
      )}
      {adding && (
        <EncounterFormModal
          patientId={patientId}
          establishments={establishments}
          practitionerName={me.user.displayName}
          onClose={() => setAdding(false)}
          onRecorded={() => {
            setAdding(false);
            onEncounterRecorded?.();
          }}
        />
      )}
    </Card>
  );
}
