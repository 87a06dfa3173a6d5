import { Card, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { useStaffHistory } from '../api/use-staff';

/** Every change of the record: when, by whom, which fields. */
export function HistoryPanel({ staffMemberId }: { staffMemberId: string }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const history = useStaffHistory(staffMemberId, true);
  return (
    <Card withBorder component="section" aria-label={t('staff.history')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('staff.history')}
        </Title>
        {history.data?.length === 0 && <Text c="dimmed">{t('staff.noHistory')}</Text>}
        <Timeline bulletSize={12} lineWidth={2}>
          {(history.data ?? []).map((change) => (
            <Timeline.Item
              key={change.version}
              title={`${t(`staff.actions.${change.action}`, { defaultValue: change.action })} · ${t('staff.version', { version: change.version })}`}
            >
              <Text size="xs" c="dimmed">
                {formatDateTime(change.changedAt)}{' '}
                {t('staff.changedBy', { name: change.changedByName ?? t('staff.system') })}
              </Text>
              <Text size="sm">{Object.keys(change.changes).join(', ')}</Text>
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Card>
  );
}
