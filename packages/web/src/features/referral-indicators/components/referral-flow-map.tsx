import { Box, Stack, Text } from '@mantine/core';
import type { ReferralFlows } from '@tansiq/domain';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapAttribution } from '../../../components/map-attribution';
import { MapView } from '../../../components/map-view';
import { geoBounds } from '../../../lib/geo-bounds';
import { useFormatters } from '../../../lib/use-formatters';
import { useProvinceShapes } from '../../territory';
import { addFlowLayers, toFlowArrows, toFlowEnds } from './flow-arrows';

/** Origin → destination arrows as wide as the referrals sent on them, on the region's provinces (local GeoJSON). */
export function ReferralFlowMap({ flows, regionCode }: { flows: ReferralFlows; regionCode: string }) {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const shapes = useProvinceShapes(regionCode);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const arrows = useMemo(() => toFlowArrows(flows.routes), [flows.routes]);
  const referrals = flows.routes.reduce((sum, route) => sum + route.referrals, 0);

  useEffect(() => {
    if (map) {
      void map.getSource<GeoJSONSource>('flows')?.setData(arrows);
      void map.getSource<GeoJSONSource>('flow-ends')?.setData(toFlowEnds(flows.routes));
    }
  }, [map, arrows, flows.routes]);

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
      <Text size="sm" aria-live="polite">
        {t('referralIndicators.flows.summary', {
          routes: formatInteger(flows.routes.length),
          referrals: formatInteger(referrals),
        })}
      </Text>
      <Box data-testid="referral-flow-map" data-routes={arrows.features.length}>
        <MapView
          height={480}
          ariaLabel={t('referralIndicators.flows.ariaLabel')}
          onReady={(ready) => {
            addFlowLayers(ready);
            setMap(ready);
          }}
          onRemove={() => setMap(null)}
        />
      </Box>
      <Text size="xs" c="dimmed">
        {t('referralIndicators.flows.legend')}
      </Text>
      <MapAttribution sources={['boundaries']} />
    </Stack>
  );
}
