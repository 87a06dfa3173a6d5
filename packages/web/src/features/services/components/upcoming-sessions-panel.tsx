import { Card, Stack, Text, Title } from '@mantine/core';
import type { UpcomingSession } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { EChart, type EChartOption } from '../../../components/echart';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { useServiceLabels } from './use-service-labels';

/** The sessions of the next four weeks: booked and free slots per day, as a stacked bar chart. */
export function UpcomingSessionsPanel({ sessions }: { sessions: UpcomingSession[] }) {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const { numericDay } = useServiceLabels();
  const language = useLanguage();
  const days = [...new Set(sessions.map((session) => session.day))];
  const sum = (day: string, pick: (session: UpcomingSession) => number) =>
    sessions.filter((session) => session.day === day).reduce((total, session) => total + pick(session), 0);
  const booked = days.map((day) => sum(day, (session) => session.booked));
  const free = days.map((day) => sum(day, (session) => session.slotCount - session.booked));
  const totalSlots = sessions.reduce((total, session) => total + session.slotCount, 0);
  const totalBooked = booked.reduce((total, value) => total + value, 0);
  const option: EChartOption = {
    grid: { left: 36, right: 12, top: 16, bottom: 48 },
    tooltip: { trigger: 'axis' },
    // Time runs from the reading side: right to left in Arabic.
    xAxis: { type: 'category', data: days.map(numericDay), inverse: language === 'ar', axisLabel: { fontSize: 10 } },
    yAxis: { type: 'value', minInterval: 1, position: language === 'ar' ? 'right' : 'left' },
    series: [
      { name: t('services.sessions.booked'), type: 'bar', stack: 'slots', data: booked, color: '#1c7ed6' },
      { name: t('services.sessions.free'), type: 'bar', stack: 'slots', data: free, color: '#b2f2bb' },
    ],
  };
  return (
    <Card withBorder padding="md" component="section" aria-label={t('services.sessions.title')}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('services.sessions.title')}
        </Title>
        {sessions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('services.sessions.empty')}
          </Text>
        ) : (
          <>
            <Text size="sm">
              {t('services.sessions.summary', {
                sessions: formatInteger(sessions.length),
                booked: formatInteger(totalBooked),
                slots: formatInteger(totalSlots),
              })}
            </Text>
            <EChart option={option} height={240} ariaLabel={t('services.sessions.chart')} />
          </>
        )}
      </Stack>
    </Card>
  );
}
