import { Card, Stack, Text, Timeline, Title } from '@mantine/core';
import type { ApprovalEventView } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { approvalStatusColors } from './approval-status-badge';

/** Who did what and when, comments included, oldest first. */
export function ApprovalHistory({ history }: { history: readonly ApprovalEventView[] }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="approval-history-title">
      <Title order={2} size="h4" id="approval-history-title" mb="sm">
        {t('approvals.page.history')}
      </Title>
      <Timeline bulletSize={14} lineWidth={2} active={history.length - 1}>
        {history.map((event, index) => (
          <Timeline.Item key={index} color={approvalStatusColors[event.toStatus]}>
            <Stack gap={2}>
              <Text size="sm" fw={600}>
                {t(`approvals.event.${event.action}`)}
              </Text>
              <Text size="xs" c="dimmed">
                {[formatDateTime(event.occurredAt), event.actor].join(' · ')}
                {event.onBehalfOf && ` ${t('approvals.onBehalfOf', { name: event.onBehalfOf })}`}
              </Text>
              {event.comment && (
                <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                  {event.comment}
                </Text>
              )}
            </Stack>
          </Timeline.Item>
        ))}
      </Timeline>
    </Card>
  );
}
