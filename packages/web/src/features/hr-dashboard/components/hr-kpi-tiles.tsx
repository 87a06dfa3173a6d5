import { Card, SimpleGrid, Text } from '@mantine/core';
import type { HrDashboard } from '@tansiq/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';

function Tile({ label, value, note, alert }: { label: string; value: string; note: ReactNode; alert?: boolean }) {
  return (
    <Card withBorder padding="sm" component="section" aria-label={label}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" lh={1.3}>
        {label}
      </Text>
      <Text size="xl" fw={700} mt={4} c={alert ? 'red.8' : undefined}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {note}
      </Text>
    </Card>
  );
}

/** Headline figures: headcount, densities per 10,000 against the national figures and the threshold, vacancies. */
export function HrKpiTiles({ dashboard }: { dashboard: HrDashboard }) {
  const { t } = useTranslation();
  const { formatInteger, formatDecimal } = useFormatters();
  const { totals } = dashboard.headcount;
  const { density } = totals;
  const { benchmarks, vacancies } = dashboard;
  const noDensity = t('hrDashboard.kpi.noDensity');
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
      <Tile
        label={t('hrDashboard.kpi.headcount')}
        value={formatInteger(totals.headcount)}
        note={t('hrDashboard.kpi.doctors', { formatted: formatInteger(totals.doctors) })}
      />
      <Tile
        label={t('hrDashboard.kpi.doctorsPer10k')}
        value={density ? formatDecimal(density.doctorsPer10k) : '—'}
        note={
          density
            ? t('hrDashboard.kpi.national', { value: formatDecimal(benchmarks.nationalDoctorsPer10k) })
            : noDensity
        }
        alert={density !== null && density.doctorsPer10k < benchmarks.nationalDoctorsPer10k}
      />
      <Tile
        label={t('hrDashboard.kpi.paramedicalPer10k')}
        value={density ? formatDecimal(density.paramedicalPer10k) : '—'}
        note={
          density
            ? t('hrDashboard.kpi.national', { value: formatDecimal(benchmarks.nationalParamedicalPer10k) })
            : noDensity
        }
        alert={density !== null && density.paramedicalPer10k < benchmarks.nationalParamedicalPer10k}
      />
      <Tile
        label={t('hrDashboard.kpi.densityPer10k')}
        value={density ? formatDecimal(density.densityPer10k) : '—'}
        note={
          density
            ? density.meetsThreshold
              ? t('hrDashboard.kpi.meets')
              : t('hrDashboard.kpi.shortfall', { formatted: formatInteger(density.shortfallToThreshold) })
            : noDensity
        }
        alert={density !== null && !density.meetsThreshold}
      />
      <Tile
        label={t('hrDashboard.kpi.vacant')}
        value={formatDecimal(vacancies.totals.vacant)}
        note={t('hrDashboard.kpi.vacantOf', { formatted: formatDecimal(vacancies.totals.budgeted) })}
      />
    </SimpleGrid>
  );
}
