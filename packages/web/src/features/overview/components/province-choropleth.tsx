import { Box, Group, Stack, Text } from '@mantine/core';
import type { RegionOverview } from '@tansiq/domain';
import { Popup, type GeoJSONSource, type Map as MapLibreMap, type MapLayerMouseEvent } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapAttribution } from '../../../components/map-attribution';
import { MapView } from '../../../components/map-view';
import { geoBounds } from '../../../lib/geo-bounds';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { useProvinceShapes, type AreaCollection } from '../../territory';
import { choroplethColors, classBreaks, indicatorValue, isRateIndicator, type Indicator } from './indicators';

interface ProvinceChoroplethProps {
  overview: RegionOverview;
  indicator: Indicator;
}

/** The class colour of a value: the first class below the first limit, the next one from each limit up. */
function colorFor(value: number, breaks: readonly number[]): string {
  const index = breaks.filter((limit) => value >= limit).length;
  return choroplethColors[Math.min(index, choroplethColors.length - 1)] ?? choroplethColors[0];
}

/** Provinces coloured by the chosen indicator (quantile classes), with a legend and a tooltip on hover or tap. */
export function ProvinceChoropleth({ overview, indicator }: ProvinceChoroplethProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatInteger, formatDecimal } = useFormatters();
  const format = isRateIndicator(indicator) ? formatDecimal : formatInteger;
  const shapes = useProvinceShapes(overview.region.code);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const describeRef = useRef<(code: string) => { name: string; value: string } | null>(() => null);

  const breaks = useMemo(
    () => classBreaks(overview.provinces.map((row) => indicatorValue(row, indicator))),
    [overview, indicator],
  );
  const data = useMemo<AreaCollection | null>(() => {
    if (!shapes.data) {
      return null;
    }
    const rows = new Map(overview.provinces.map((row) => [row.code, row]));
    return {
      ...shapes.data,
      features: shapes.data.features.map((feature) => {
        const row = rows.get(feature.properties.hcp_code);
        const value = row ? indicatorValue(row, indicator) : 0;
        return { ...feature, properties: { ...feature.properties, value, color: colorFor(value, breaks) } };
      }),
    };
  }, [shapes.data, overview, indicator, breaks]);

  useEffect(() => {
    describeRef.current = (code) => {
      const row = overview.provinces.find((candidate) => candidate.code === code);
      return row ? { name: localizedName(row, language), value: format(indicatorValue(row, indicator)) } : null;
    };
  }, [overview, indicator, language, format]);

  function handleReady(readyMap: MapLibreMap) {
    readyMap.addSource('provinces', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    readyMap.addLayer({
      id: 'provinces-fill',
      type: 'fill',
      source: 'provinces',
      paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.9 },
    });
    readyMap.addLayer({
      id: 'provinces-line',
      type: 'line',
      source: 'provinces',
      paint: { 'line-color': '#ffffff', 'line-width': 1.5 },
    });
    const popup = new Popup({ closeButton: false, closeOnClick: false, offset: 8 });
    const show = (event: MapLayerMouseEvent) => {
      const code: unknown = event.features?.[0]?.properties.hcp_code;
      const description = typeof code === 'string' ? describeRef.current(code) : null;
      if (!description) {
        popup.remove();
        return;
      }
      const content = document.createElement('div');
      const name = document.createElement('strong');
      name.textContent = description.name;
      const value = document.createElement('div');
      value.textContent = description.value;
      content.append(name, value);
      popup.setLngLat(event.lngLat).setDOMContent(content).addTo(readyMap);
    };
    readyMap.on('mousemove', 'provinces-fill', show);
    readyMap.on('click', 'provinces-fill', show);
    readyMap.on('mouseleave', 'provinces-fill', () => popup.remove());
    setMap(readyMap);
  }

  useEffect(() => {
    if (!map || !data) {
      return;
    }
    void map.getSource<GeoJSONSource>('provinces')?.setData(data);
  }, [map, data]);

  useEffect(() => {
    const bounds = shapes.data && geoBounds(shapes.data.features.map((feature) => feature.geometry));
    if (map && bounds) {
      map.fitBounds(bounds, { padding: 16, animate: false });
    }
  }, [map, shapes.data]);

  const limits = [Math.min(...overview.provinces.map((row) => indicatorValue(row, indicator))), ...breaks];
  return (
    <Stack gap={6}>
      <MapView
        height={360}
        ariaLabel={t('overview.mapLabel', { indicator: t(`indicator.${indicator}`) })}
        onReady={handleReady}
        onRemove={() => setMap(null)}
      />
      <Group gap="sm" aria-label={t('map.legend')} role="list">
        {limits.map((limit, index) => (
          <Group key={limit} gap={4} role="listitem" wrap="nowrap">
            <Box
              aria-hidden
              w={14}
              h={14}
              style={{ background: choroplethColors[index] ?? choroplethColors[4], border: '1px solid #ced4da' }}
            />
            <Text size="xs" dir="ltr">
              ≥ {format(limit)}
            </Text>
          </Group>
        ))}
      </Group>
      <MapAttribution sources={['boundaries']} />
    </Stack>
  );
}
