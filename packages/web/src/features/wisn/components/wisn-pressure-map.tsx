import { Box, Stack } from '@mantine/core';
import { primaryCareTypes, type RegionalWisnResponse } from '@tansiq/domain';
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapAttribution } from '../../../components/map-attribution';
import { MapView } from '../../../components/map-view';
import { geoBounds } from '../../../lib/geo-bounds';
import { useProvinceShapes } from '../../territory';
import { WisnLegend } from './wisn-legend';
import { pressureColors } from './wisn-pressure';

type PointProperties = { id: string; color: string; hospital: number };

/** Establishments with a WISN total as points coloured by the pressure of their totals (all cadres shown). */
export function toPressurePoints(result: RegionalWisnResponse): FeatureCollection<Point, PointProperties> {
  const totals = new Map(result.totals.byEstablishment.map((total) => [total.establishmentId, total]));
  return {
    type: 'FeatureCollection',
    features: result.establishments.flatMap((establishment) => {
      const total = totals.get(establishment.id);
      if (total === undefined || establishment.lon === null || establishment.lat === null) {
        return [];
      }
      return [
        {
          type: 'Feature' as const,
          geometry: { type: 'Point' as const, coordinates: [establishment.lon, establishment.lat] },
          properties: {
            id: establishment.id,
            color: pressureColors[total.pressure],
            hospital: primaryCareTypes.includes(establishment.type) ? 0 : 1,
          },
        },
      ];
    }),
  };
}

function addPressureLayers(map: MapLibreMap) {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  map.addSource('provinces', { type: 'geojson', data: empty });
  map.addLayer({ id: 'provinces-fill', type: 'fill', source: 'provinces', paint: { 'fill-color': '#ffffff' } });
  map.addLayer({ id: 'provinces-line', type: 'line', source: 'provinces', paint: { 'line-color': '#5c7080' } });
  map.addSource('wisn-points', { type: 'geojson', data: empty });
  map.addLayer({
    id: 'wisn-points',
    type: 'circle',
    source: 'wisn-points',
    layout: { 'circle-sort-key': ['get', 'hospital'] },
    paint: {
      'circle-radius': ['+', 4, ['*', 3, ['get', 'hospital']]],
      'circle-color': ['get', 'color'],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1,
    },
  });
}

/** The map of WISN pressure: one point per establishment on the region's provinces (offline GeoJSON). */
export function WisnPressureMap({ result, regionCode }: { result: RegionalWisnResponse; regionCode: string }) {
  const { t } = useTranslation();
  const shapes = useProvinceShapes(regionCode);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const points = useMemo(() => toPressurePoints(result), [result]);

  useEffect(() => {
    if (map) {
      void map.getSource<GeoJSONSource>('wisn-points')?.setData(points);
    }
  }, [map, points]);

  useEffect(() => {
    if (map && shapes.data) {
      void map.getSource<GeoJSONSource>('provinces')?.setData(shapes.data);
      const bounds = geoBounds(shapes.data.features.map((feature) => feature.geometry));
      if (bounds) {
        map.fitBounds(bounds, { padding: 24, animate: false });
      }
    }
  }, [map, shapes.data]);

  return (
    <Stack gap={4}>
      <Box data-testid="wisn-pressure-map" data-points={points.features.length}>
        <MapView
          height={480}
          ariaLabel={t('wisn.map.ariaLabel')}
          onReady={(ready) => {
            addPressureLayers(ready);
            setMap(ready);
          }}
          onRemove={() => setMap(null)}
        />
      </Box>
      <WisnLegend />
      <MapAttribution sources={['boundaries']} />
    </Stack>
  );
}
