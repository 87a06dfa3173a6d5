import { Text } from '@mantine/core';
import { attributions, type AttributionKey } from '../lib/attributions';

interface MapAttributionProps {
  sources: readonly AttributionKey[];
}

/** The compact licence line every map carries (ODbL and HCP terms ask for it). */
export function MapAttribution({ sources }: MapAttributionProps) {
  return (
    <Text size="xs" c="dimmed" dir="ltr" ta="start" data-testid="map-attribution">
      {sources.map((source) => attributions[source]).join(' · ')}
    </Text>
  );
}
