import { Card, Stack, Title } from '@mantine/core';
import type { Establishment } from '@tansiq/domain';
import type { Feature } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapAttribution } from '../../../components/map-attribution';
import { MapView } from '../../../components/map-view';
import { useProvinceShapes } from '../../territory';
import { typeColors } from './type-colors';

interface EstablishmentLocationMapProps {
  establishment: Establishment;
  regionCode: string;
}

/** A small offline map of where the establishment is, inside its province's boundary. */
export function EstablishmentLocationMap({ establishment, regionCode }: EstablishmentLocationMapProps) {
  const { t } = useTranslation();
  const shapes = useProvinceShapes(regionCode);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const { lon, lat } = establishment;

  useEffect(() => {
    if (!map) {
      return;
    }
    const point: Feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: {} };
    const source = map.getSource<GeoJSONSource>('establishment');
    if (source) {
      void source.setData(point);
    } else {
      map.addSource('establishment', { type: 'geojson', data: point });
      map.addLayer({
        id: 'establishment',
        type: 'circle',
        source: 'establishment',
        paint: {
          'circle-radius': 8,
          'circle-color': typeColors[establishment.type],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
        },
      });
    }
    map.jumpTo({ center: [lon, lat], zoom: 9 });
  }, [map, lon, lat, establishment.type]);

  useEffect(() => {
    if (!map || !shapes.data || map.getSource('provinces')) {
      return;
    }
    const below = map.getLayer('establishment') ? 'establishment' : undefined;
    map.addSource('provinces', { type: 'geojson', data: shapes.data });
    map.addLayer(
      {
        id: 'provinces-fill',
        type: 'fill',
        source: 'provinces',
        paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.8 },
      },
      below,
    );
    map.addLayer(
      { id: 'provinces-line', type: 'line', source: 'provinces', paint: { 'line-color': '#5c7080', 'line-width': 1 } },
      below,
    );
  }, [map, shapes.data]);

  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('establishment.location')}
        </Title>
        <MapView
          height={240}
          bounds={[
            [lon - 0.4, lat - 0.25],
            [lon + 0.4, lat + 0.25],
          ]}
          ariaLabel={t('establishment.locationMap')}
          onReady={setMap}
          onRemove={() => setMap(null)}
        />
        <MapAttribution sources={['boundaries']} />
      </Stack>
    </Card>
  );
}
