import { Group, Stack, Text, Box } from '@mantine/core';
import type { ReferralIndicatorRow } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../../components/echart';
import { useLanguage } from '../../../lib/use-language';

/** Statuses in loop order, each with its colour (drafts are never counted: only sent referrals are). */
export const statusColors = {
  sent: '#adb5bd',
  accepted: '#74c0fc',
  waitlisted: '#ffd43b',
  booked: '#4dabf7',
  attended: '#1c7ed6',
  no_show: '#f76707',
  counter_referred: '#37b24d',
  closed: '#2b8a3e',
  declined: '#e03131',
  cancelled: '#868e96',
} as const;

/** Referrals sent per month, stacked by where they stand now; mirrored in Arabic. */
export function MonthlyVolumeChart({ rows }: { rows: readonly ReferralIndicatorRow[] }) {
  const { t } = useTranslation();
  const rtl = useLanguage() === 'ar';
  const option = useMemo<EChartOption>(
    () => ({
      grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'category', inverse: rtl, data: rows.map((row) => row.key) },
      yAxis: { type: 'value', position: rtl ? 'right' : 'left' },
      series: Object.entries(statusColors).map(([status, color]) => ({
        type: 'bar',
        stack: 'status',
        name: t(`referralIndicators.status.${status}`),
        itemStyle: { color },
        data: rows.map((row) => row.byStatus[status] ?? 0),
      })),
    }),
    [rows, rtl, t],
  );
  return (
    <Stack gap="xs">
      <EChart option={option} height={300} ariaLabel={t('referralIndicators.charts.monthly')} />
      <Group gap="sm" justify="center">
        {Object.entries(statusColors).map(([status, color]) => (
          <Group key={status} gap={4} wrap="nowrap">
            <Box w={12} h={12} bg={color} style={{ borderRadius: 2 }} aria-hidden />
            <Text size="xs">{t(`referralIndicators.status.${status}`)}</Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
