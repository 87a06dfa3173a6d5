import type { WisnPressure } from '@tansiq/domain';

/** Colours of the pressure classes: red for shortage, green for balance, blue for surplus, grey for no workload. */
export const pressureColors: Record<WisnPressure, string> = {
  severe_shortage: '#c92a2a',
  shortage: '#f08c00',
  balanced: '#2f9e44',
  surplus: '#1971c2',
  no_workload: '#adb5bd',
};

/** A light background for a table cell of a class, readable under dark text. */
export const pressureBackgrounds: Record<WisnPressure, string> = {
  severe_shortage: '#ffc9c9',
  shortage: '#ffe8cc',
  balanced: '#d3f9d8',
  surplus: '#d0ebff',
  no_workload: '#f1f3f5',
};
