import { Alert, Box } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { GPUInitializationError, Map as MapLibreMap, NavigationControl, type LngLatBoundsLike } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blankMapStyle, defaultBounds, isWebGlAvailable, pointToOwnWorker } from '../lib/maplibre';

interface MapViewProps {
  height: number | string;
  bounds?: LngLatBoundsLike;
  /** Called once the style is loaded; add sources and layers here. Return a cleanup if needed. */
  onReady: (map: MapLibreMap) => void;
  /** Called when the map is removed (unmount); drop any reference to it. */
  onRemove?: () => void;
  ariaLabel: string;
  interactive?: boolean;
}

/** A maplibre map on the blank offline style, or a clear message when the browser cannot draw it. */
export function MapView({
  height,
  bounds = defaultBounds,
  onReady,
  onRemove,
  ariaLabel,
  interactive = true,
}: MapViewProps) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(() => !isWebGlAvailable());
  const onReadyRef = useRef(onReady);
  const onRemoveRef = useRef(onRemove);
  const initialBounds = useRef(bounds);

  useEffect(() => {
    onReadyRef.current = onReady;
    onRemoveRef.current = onRemove;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container || failed) {
      return undefined;
    }
    let map: MapLibreMap;
    pointToOwnWorker();
    try {
      map = new MapLibreMap({
        container,
        style: blankMapStyle,
        bounds: initialBounds.current,
        fitBoundsOptions: { padding: 16 },
        attributionControl: false,
        interactive,
        dragRotate: false,
        pitchWithRotate: false,
      });
    } catch {
      // maplibre throws at once when WebGL cannot start: showing the fallback is this effect's job.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFailed(true);
      return undefined;
    }
    if (interactive) {
      map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    }
    map.on('load', () => onReadyRef.current(map));
    map.on('error', (event) => {
      if (event.error instanceof GPUInitializationError) {
        setFailed(true);
      }
    });
    return () => {
      onRemoveRef.current?.();
      map.remove();
    };
  }, [failed, interactive]);

  if (failed) {
    return (
      <Alert color="orange" icon={<IconMapOff size={18} />} title={t('map.unavailableTitle')}>
        {t('map.unavailable')}
      </Alert>
    );
  }
  return (
    <Box
      ref={containerRef}
      role="region"
      aria-label={ariaLabel}
      dir="ltr"
      style={{ height, width: '100%', borderRadius: 8, overflow: 'hidden', position: 'relative' }}
    />
  );
}
