import { Box, Grid, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { MapAttribution } from '../../../components/map-attribution';
import { MapView } from '../../../components/map-view';
import { PageLoader } from '../../../components/page-loader';
import { geoBounds } from '../../../lib/geo-bounds';
import { useFormatters } from '../../../lib/use-formatters';
import { useProvinceShapes } from '../../territory';
import { usePathwayFlows } from '../api/use-pathway-flows';
import { addFlowLayers, flowColors, toFlowCollection, toFlowEnds } from './flow-layers';

interface PathwayFlowMapProps {
  mapId: string;
  regionCode: string;
}

function LegendLine({ color, width = 4, label }: { color: string; width?: number; label: string }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Box w={28} h={width} bg={color} style={{ borderRadius: 2, flexShrink: 0 }} aria-hidden />
      <Text size="sm">{label}</Text>
    </Group>
  );
}

/** The map as arrows from each origin to its destinations, as wide as the referrals sent on them. */
export function PathwayFlowMap({ mapId, regionCode }: PathwayFlowMapProps) {
  const { t } = useTranslation();
  const { formatInteger, formatDate } = useFormatters();
  const flows = usePathwayFlows(mapId);
  const shapes = useProvinceShapes(regionCode);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [ranks, setRanks] = useState<'first' | 'all'>('first');

  const collection = useMemo(
    () => (flows.data ? toFlowCollection(flows.data.routes, ranks === 'first') : undefined),
    [flows.data, ranks],
  );
  const shownRoutes = useMemo(
    () => flows.data?.routes.filter((route) => ranks === 'all' || route.rank === null || route.rank === 1) ?? [],
    [flows.data, ranks],
  );
  const referrals = shownRoutes.reduce((sum, route) => sum + route.volume, 0);

  useEffect(() => {
    if (map && collection) {
      void map.getSource<GeoJSONSource>('flows')?.setData(collection);
      void map.getSource<GeoJSONSource>('flow-ends')?.setData(toFlowEnds(shownRoutes));
    }
  }, [map, collection, shownRoutes]);

  useEffect(() => {
    if (map && shapes.data) {
      void map.getSource<GeoJSONSource>('provinces')?.setData(shapes.data);
      const bounds = geoBounds(shapes.data.features.map((feature) => feature.geometry));
      if (bounds) {
        map.fitBounds(bounds, { padding: 24, animate: false });
      }
    }
  }, [map, shapes.data]);

  if (flows.isError) {
    return <ErrorPanel error={flows.error} onRetry={() => void flows.refetch()} />;
  }
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
        <Stack gap={4}>
          <Box data-testid="pathway-flow-map" data-routes={collection?.features.length ?? 0}>
            <MapView
              height="max(420px, calc(100vh - 360px))"
              ariaLabel={t('pathways.map.ariaLabel')}
              onReady={(ready) => {
                addFlowLayers(ready);
                setMap(ready);
              }}
              onRemove={() => setMap(null)}
            />
          </Box>
          <MapAttribution sources={['boundaries']} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
        <Paper withBorder p="sm">
          {flows.isPending ? (
            <PageLoader />
          ) : (
            <Stack gap="sm">
              <SegmentedControl
                aria-label={t('pathways.map.ranks')}
                value={ranks}
                onChange={(value) => setRanks(value === 'all' ? 'all' : 'first')}
                data={[
                  { value: 'first', label: t('pathways.map.firstOnly') },
                  { value: 'all', label: t('pathways.map.allRanks') },
                ]}
                fullWidth
              />
              <Text size="sm" aria-live="polite">
                {t('pathways.map.summary', {
                  routes: formatInteger(shownRoutes.length),
                  referrals: formatInteger(referrals),
                  from: formatDate(flows.data.from),
                  to: formatDate(flows.data.to),
                })}
              </Text>
              <LegendLine color={flowColors.rank1} label={t('pathways.map.rank1')} />
              {ranks === 'all' && <LegendLine color={flowColors.rank2} label={t('pathways.map.rank2')} />}
              {ranks === 'all' && <LegendLine color={flowColors.rank3} label={t('pathways.map.rank3')} />}
              <LegendLine color={flowColors.offPathway} label={t('pathways.map.offPathway')} />
              <Group gap="xs" wrap="nowrap" align="center">
                <Stack gap={3} w={28} style={{ flexShrink: 0 }} aria-hidden>
                  <Box h={2} bg="gray.6" />
                  <Box h={5} bg="gray.6" />
                  <Box h={9} bg="gray.6" />
                </Stack>
                <Text size="sm">{t('pathways.map.width')}</Text>
              </Group>
            </Stack>
          )}
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
