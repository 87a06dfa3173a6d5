import { Card, Stack, Text, Timeline, Title } from '@mantine/core';
import { declineReasons, type Referral, type ReferralEvent } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { statusColors } from './referral-status-badge';

/** The free text an event carries (a redirect's note, a cancellation's reason); a decline's reason translated. */
function useEventDetail(event: ReferralEvent): string | null {
  const { t } = useTranslation();
  const { note, reason } = event.details;
  if (typeof reason === 'string') {
    return (declineReasons as readonly string[]).includes(reason) ? t(`referrals.declineReason.${reason}`) : reason;
  }
  return typeof note === 'string' ? note : null;
}

function EventItem({ event }: { event: ReferralEvent }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const detail = useEventDetail(event);
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {t(`referrals.event.${event.action}`, { defaultValue: event.action })}
      </Text>
      <Text size="xs" c="dimmed">
        {[formatDateTime(event.occurredAt), event.actor?.displayName ?? t('referrals.event.system')].join(' · ')}
      </Text>
      {detail && (
        <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
          {detail}
        </Text>
      )}
    </Stack>
  );
}

/** What happened to the referral, oldest first. */
export function ReferralHistory({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const events = [...referral.events].sort((a, b) => a.sequence - b.sequence);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="referral-history-title">
      <Title order={2} size="h4" id="referral-history-title" mb="sm">
        {t('referrals.page.history')}
      </Title>
      <Timeline bulletSize={14} lineWidth={2} active={events.length - 1}>
        {events.map((event) => (
          <Timeline.Item key={event.sequence} color={statusColors[event.toStatus]}>
            <EventItem event={event} />
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}
