import { Box, Grid, Paper, Stack, Text } from '@mantine/core';
import { establishmentTypes, type EstablishmentType } from '@tansiq/domain';
import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { MapAttribution } from '../../../components/map-attribution';
import { MapView } from '../../../components/map-view';
import { PageLoader } from '../../../components/page-loader';
import { geoBounds } from '../../../lib/geo-bounds';
import { useFormatters } from '../../../lib/use-formatters';
import { useEstablishmentPoints } from '../../establishments';
import { useProvinceShapes } from '../../territory';
import { PointCard } from './point-card';
import { addEstablishmentLayers, filterByTypes, pointsLayerId, toPointCollection } from './points-layer';
import { TypeLegend } from './type-legend';

interface EstablishmentMapProps {
  gstId: string;
  regionCode: string;
}

/** Every establishment of the GST on an offline map, coloured by type, with a type filter and a card per point. */
export function EstablishmentMap({ gstId, regionCode }: EstablishmentMapProps) {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const points = useEstablishmentPoints(gstId);
  const shapes = useProvinceShapes(regionCode);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [visibleTypes, setVisibleTypes] = useState<Set<EstablishmentType>>(() => new Set(establishmentTypes));
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [renderedCount, setRenderedCount] = useState(0);

  const counts = useMemo(() => {
    const byType: Partial<Record<string, number>> = {};
    for (const point of points.data ?? []) {
      byType[point.type] = (byType[point.type] ?? 0) + 1;
    }
    return byType;
  }, [points.data]);
  const visibleCount = establishmentTypes
    .filter((type) => visibleTypes.has(type))
    .reduce((sum, type) => sum + (counts[type] ?? 0), 0);
  const selected = points.data?.find((point) => point.id === selectedId);

  function handleReady(readyMap: MapLibreMap) {
    addEstablishmentLayers(readyMap);
    readyMap.on('click', pointsLayerId, (event: MapLayerMouseEvent) => {
      const id: unknown = event.features?.[0]?.properties.id;
      setSelectedId(typeof id === 'string' ? id : null);
    });
    readyMap.on('mouseenter', pointsLayerId, () => {
      readyMap.getCanvas().style.cursor = 'pointer';
    });
    readyMap.on('mouseleave', pointsLayerId, () => {
      readyMap.getCanvas().style.cursor = '';
    });
    readyMap.on('idle', () => {
      setRenderedCount(readyMap.queryRenderedFeatures({ layers: [pointsLayerId] }).length);
    });
    setMap(readyMap);
  }

  useEffect(() => {
    if (map && points.data) {
      void map.getSource<GeoJSONSource>('points')?.setData(toPointCollection(points.data));
    }
  }, [map, points.data]);

  useEffect(() => {
    if (map && shapes.data) {
      void map.getSource<GeoJSONSource>('provinces')?.setData(shapes.data);
      const bounds = geoBounds(shapes.data.features.map((feature) => feature.geometry));
      if (bounds) {
        map.fitBounds(bounds, { padding: 24, animate: false });
      }
    }
  }, [map, shapes.data]);

  useEffect(() => {
    if (map) {
      filterByTypes(map, [...visibleTypes]);
    }
  }, [map, visibleTypes]);

  if (points.isError) {
    return <ErrorPanel error={points.error} onRetry={() => void points.refetch()} />;
  }

  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
        <Stack gap={4}>
          <Box pos="relative" data-rendered-points={renderedCount} data-testid="establishment-map">
            <MapView
              height="max(420px, calc(100vh - 240px))"
              ariaLabel={t('map.ariaLabel')}
              onReady={handleReady}
              onRemove={() => setMap(null)}
            />
            {selected && <PointCard point={selected} onClose={() => setSelectedId(null)} />}
          </Box>
          <MapAttribution sources={['boundaries', 'healthsites']} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
        <Paper withBorder p="sm">
          {points.isPending ? (
            <PageLoader />
          ) : (
            <Stack gap="sm">
              <Text size="sm" aria-live="polite" data-testid="points-count">
                {t('map.pointsShown', { count: visibleCount, formatted: formatInteger(visibleCount) })}
              </Text>
              <TypeLegend counts={counts} visible={visibleTypes} onChange={setVisibleTypes} />
            </Stack>
          )}
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
