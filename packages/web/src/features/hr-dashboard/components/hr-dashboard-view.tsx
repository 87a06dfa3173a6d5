import { Card, Grid, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { HrDashboard } from '@tansiq/domain';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { CadreProvinceTable } from './cadre-province-table';
import { HrKpiTiles } from './hr-kpi-tiles';
import { MobilityFlowMap } from './mobility-flow-map';
import { MobilityFlowsTable } from './mobility-flows-table';
import { OnCallGapsList } from './on-call-gaps-list';
import { ProvinceDensityChart } from './province-density-chart';
import { TimeToDecisionPanel } from './time-to-decision-panel';
import { VacanciesTable } from './vacancies-table';
import { WisnPressureSummary } from './wisn-pressure-summary';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function MobilitySection({ dashboard, regionCode }: { dashboard: HrDashboard; regionCode: string }) {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const [view, setView] = useState<'map' | 'table'>('map');
  const { totals, flows } = dashboard.mobility;
  if (flows.length === 0) {
    return <Text c="dimmed">{t('hrDashboard.mobility.empty')}</Text>;
  }
  return (
    <Stack gap="xs">
      <Text size="sm">
        {t('hrDashboard.mobility.summary', {
          approved: formatInteger(totals.approved),
          pending: formatInteger(totals.pending),
        })}
      </Text>
      <SegmentedControl
        aria-label={t('hrDashboard.sections.mobility')}
        value={view}
        data={[
          { value: 'map', label: t('hrDashboard.mobility.mapView') },
          { value: 'table', label: t('hrDashboard.mobility.tableView') },
        ]}
        onChange={(value) => setView(value === 'table' ? 'table' : 'map')}
        maw={260}
      />
      {view === 'map' ? (
        <>
          <MobilityFlowMap dashboard={dashboard} regionCode={regionCode} />
          <Text size="xs" c="dimmed">
            {t('hrDashboard.mobility.legend')}
          </Text>
        </>
      ) : (
        <MobilityFlowsTable dashboard={dashboard} />
      )}
    </Stack>
  );
}

/** Every block of the HR dashboards for one answer of `GET /api/hr-dashboard`. */
export function HrDashboardView({ dashboard, regionCode }: { dashboard: HrDashboard; regionCode: string }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const wholeProvinces = dashboard.scope !== 'establishment';
  return (
    <Stack gap="md">
      <Text size="xs" c="dimmed">
        {t('hrDashboard.basis', {
          day: formatDate(dashboard.day),
          from: formatDate(dashboard.windowFrom),
          to: formatDate(dashboard.windowTo),
        })}
      </Text>
      {!wholeProvinces && (
        <Text size="sm" c="dimmed">
          {t('hrDashboard.establishmentScope')}
        </Text>
      )}
      <HrKpiTiles dashboard={dashboard} />
      <Grid gap="md">
        {wholeProvinces && (
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Section title={t('hrDashboard.sections.densities')}>
              <ProvinceDensityChart dashboard={dashboard} />
            </Section>
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, lg: wholeProvinces ? 5 : 12 }}>
          <Section title={t('hrDashboard.sections.wisn')}>
            <WisnPressureSummary wisn={dashboard.wisn} />
          </Section>
        </Grid.Col>
      </Grid>
      <Section title={t('hrDashboard.sections.cadreProvince')}>
        <CadreProvinceTable dashboard={dashboard} />
      </Section>
      <Section title={t('hrDashboard.sections.vacancies')}>
        <VacanciesTable dashboard={dashboard} />
      </Section>
      <Section title={t('hrDashboard.sections.mobility')}>
        <MobilitySection dashboard={dashboard} regionCode={regionCode} />
      </Section>
      <Section title={t('hrDashboard.sections.onCall')}>
        <OnCallGapsList dashboard={dashboard} />
      </Section>
      <Section title={t('hrDashboard.sections.timeToDecision')}>
        <TimeToDecisionPanel dashboard={dashboard} />
      </Section>
    </Stack>
  );
}
