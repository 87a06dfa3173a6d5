import { Card, SimpleGrid, Text } from '@mantine/core';
import type { ReferralMeasures } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useMeasureFormat } from './use-measure-format';

/** The selection's headline figures: volume, pathway share, delays, rates, counter-referrals and tele-expertise. */
export function IndicatorKpiCards({ totals }: { totals: ReferralMeasures }) {
  const { t } = useTranslation();
  const { formatInteger, formatShare, formatDays, formatHours } = useMeasureFormat();
  const { acceptance, appointment, attendance, counterReferral } = totals.delays;
  const delay = (value: { median: number | null; p90: number | null }) =>
    `${formatDays(value.median)} · ${formatDays(value.p90)}`;
  const cards = [
    { key: 'referrals', value: formatInteger(totals.referrals) },
    { key: 'inPathwayShare', value: formatShare(totals.inPathwayShare) },
    { key: 'acceptanceDelay', value: delay(acceptance) },
    { key: 'appointmentDelay', value: delay(appointment) },
    { key: 'attendanceDelay', value: delay(attendance) },
    { key: 'counterReferralDelay', value: delay(counterReferral) },
    { key: 'declineRate', value: formatShare(totals.declineRate) },
    { key: 'redirectRate', value: formatShare(totals.redirectRate) },
    { key: 'noShowRate', value: formatShare(totals.noShowRate) },
    { key: 'counterReferralCompletion', value: formatShare(totals.counterReferralCompletion) },
    { key: 'teleexpertise', value: formatInteger(totals.teleexpertise.requests) },
    {
      key: 'teleexpertiseResponse',
      value: `${formatHours(totals.teleexpertise.medianResponseHours)} · ${formatShare(totals.teleexpertise.adviceOnlyShare)}`,
    },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      {cards.map((card) => (
        <Card
          key={card.key}
          withBorder
          padding="sm"
          component="section"
          aria-label={t(`referralIndicators.kpi.${card.key}`)}
        >
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" lh={1.3}>
            {t(`referralIndicators.kpi.${card.key}`)}
          </Text>
          <Text size="lg" fw={700} mt={4} data-testid={`kpi-${card.key}`}>
            {card.value}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
