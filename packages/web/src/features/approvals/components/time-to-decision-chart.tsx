import { Box, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { TimeToDecisionStats } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';

/** A bar per request type: median and 90th percentile of the working days from submission to decision. */
export function TimeToDecisionChart({ stats }: { stats: TimeToDecisionStats }) {
  const { t } = useTranslation();
  const { formatDecimal } = useFormatters();
  const max = Math.max(1, ...stats.items.map((item) => item.p90WorkingDays ?? 0));
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="time-to-decision-title">
      <Title order={2} size="h4" id="time-to-decision-title" mb="sm">
        {t('approvals.stats.title')}
      </Title>
      {stats.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('approvals.stats.none')}
        </Text>
      )}
      <Stack gap="sm">
        {stats.items.map((item) => (
          <Stack key={item.type} gap={4}>
            <Group justify="space-between">
              <Text size="sm" fw={600}>
                {t(`approvals.type.${item.type}`, { defaultValue: item.type })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('approvals.stats.counts', { decided: item.decided, undecided: item.undecided })}
              </Text>
            </Group>
            <Box
              pos="relative"
              h={18}
              bg="gray.1"
              style={{ borderRadius: 4 }}
              role="img"
              aria-label={t('approvals.stats.bar', {
                median: item.medianWorkingDays ?? '—',
                p90: item.p90WorkingDays ?? '—',
              })}
            >
              <Box
                pos="absolute"
                top={0}
                h={18}
                bg="blue.2"
                style={{ insetInlineStart: 0, width: `${((item.p90WorkingDays ?? 0) / max) * 100}%`, borderRadius: 4 }}
              />
              <Box
                pos="absolute"
                top={0}
                h={18}
                bg="blue.6"
                style={{
                  insetInlineStart: 0,
                  width: `${((item.medianWorkingDays ?? 0) / max) * 100}%`,
                  borderRadius: 4,
                }}
              />
            </Box>
            <Text size="xs">
              {t('approvals.stats.median', {
                days: item.medianWorkingDays === null ? '—' : formatDecimal(item.medianWorkingDays),
              })}{' '}
              ·{' '}
              {t('approvals.stats.p90', {
                days: item.p90WorkingDays === null ? '—' : formatDecimal(item.p90WorkingDays),
              })}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
