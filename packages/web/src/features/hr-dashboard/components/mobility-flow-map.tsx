import { Box } from '@mantine/core';
import type { HrDashboard } from '@tansiq/domain';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapAttribution } from '../../../components/map-attribution';
import { MapView } from '../../../components/map-view';
import { geoBounds } from '../../../lib/geo-bounds';
import { useProvinceShapes } from '../../territory';
import { addMobilityLayers, toMobilityArrows, toMobilityEnds } from './mobility-flow-layers';

/** Mobility arrows between establishments on the region's provinces: approved solid, pending dashed. */
export function MobilityFlowMap({ dashboard, regionCode }: { dashboard: HrDashboard; regionCode: string }) {
  const { t } = useTranslation();
  const shapes = useProvinceShapes(regionCode);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const { flows } = dashboard.mobility;
  const arrows = useMemo(() => toMobilityArrows(flows, dashboard.establishments), [flows, dashboard.establishments]);
  const ends = useMemo(() => toMobilityEnds(flows, dashboard.establishments), [flows, dashboard.establishments]);

  useEffect(() => {
    if (map) {
      void map.getSource<GeoJSONSource>('mobility')?.setData(arrows);
      void map.getSource<GeoJSONSource>('mobility-ends')?.setData(ends);
    }
  }, [map, arrows, ends]);

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
    <Box data-testid="mobility-flow-map" data-arrows={arrows.features.length}>
      <MapView
        height={420}
        ariaLabel={t('hrDashboard.mobility.mapLabel')}
        onReady={(ready) => {
          addMobilityLayers(ready);
          setMap(ready);
        }}
        onRemove={() => setMap(null)}
      />
      <MapAttribution sources={['boundaries']} />
    </Box>
  );
}
