import { Alert, Card, Grid, NativeSelect, Stack, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel';
import { MapAttribution } from '../../components/map-attribution';
import { PageLoader } from '../../components/page-loader';
import { PageTitle } from '../../components/page-title';
import { useSession } from '../../features/auth';
import {
  indicators,
  KpiCards,
  ProvinceBarChart,
  ProvinceChoropleth,
  ProvinceTable,
  TypeBreakdownChart,
  useRegionOverview,
  type Indicator,
} from '../../features/overview';
import { localizedName } from '../../lib/localized-name';
import { useFormatters } from '../../lib/use-formatters';
import { useLanguage } from '../../lib/use-language';

/** The regional steering page: headline figures, provinces side by side, on a map and in a chart. */
export function OverviewPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatInteger } = useFormatters();
  const { gst } = useSession();
  const overview = useRegionOverview(gst.id);
  const [indicator, setIndicator] = useState<Indicator>('establishmentsPer10k');

  if (overview.isPending) {
    return <PageLoader />;
  }
  if (overview.isError) {
    return <ErrorPanel error={overview.error} onRetry={() => void overview.refetch()} />;
  }
  const data = overview.data;
  const generatedCount = data.demo.generated + data.demo.demo;

  return (
    <Stack gap="md">
      <PageTitle title={t('overview.title')} subtitle={localizedName(data.region, language)} />
      {generatedCount > 0 && (
        <Alert color="orange" variant="light" icon={<IconInfoCircle size={18} />}>
          {t('overview.demoNotice', {
            generated: formatInteger(data.demo.generated),
            demo: formatInteger(data.demo.demo),
          })}
        </Alert>
      )}
      <KpiCards overview={data} />
      <Card withBorder padding="md">
        <Title order={2} size="h4" mb="sm">
          {t('overview.byProvince')}
        </Title>
        <ProvinceTable overview={data} />
        <MapAttribution sources={['population']} />
      </Card>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('overview.mapAndChart')}
          </Title>
          <NativeSelect
            label={t('overview.indicator')}
            maw={360}
            value={indicator}
            data={indicators.map((value) => ({ value, label: t(`indicator.${value}`) }))}
            onChange={(event) =>
              setIndicator(indicators.find((value) => value === event.currentTarget.value) ?? indicator)
            }
          />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <ProvinceChoropleth overview={data} indicator={indicator} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <ProvinceBarChart overview={data} indicator={indicator} />
            </Grid.Col>
          </Grid>
        </Stack>
      </Card>
      <Card withBorder padding="md">
        <Title order={2} size="h4" mb="sm">
          {t('overview.byType')}
        </Title>
        <TypeBreakdownChart overview={data} />
      </Card>
    </Stack>
  );
}
