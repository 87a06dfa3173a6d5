import { setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * Points maplibre at its worker, served from our own origin: the bundler moves maplibre's code, so its own relative
 * guess would miss. Called before the first map is created (not at import, so unused maps cost nothing).
 */
export function pointToOwnWorker(): void {
  setWorkerUrl(workerUrl);
}

/**
 * A style with only a background: no tile server, no glyphs, no sprites, so a map makes no request outside our
 * origin. Data layers are GeoJSON sources added by each map; labels are HTML (legend, popups), never symbol layers.
 */
export const blankMapStyle: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e8eef3' } }],
};

/** Whether this browser can draw maps (maplibre needs WebGL 2). */
export function isWebGlAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

/** The TTA region's extent, used before the boundaries arrive. */
export const defaultBounds: [[number, number], [number, number]] = [
  [-6.4, 34.6],
  [-3.7, 35.95],
];
