import type { EstablishmentType } from '@tansiq/domain';

/** One colour per establishment type: greens and blues for primary care, warm colours up the hospital pyramid. */
export const typeColors: Record<EstablishmentType, string> = {
  DR: '#8ccf7e',
  'CSR-1': '#37b24d',
  'CSR-2': '#1b6e2c',
  'CSU-1': '#74c0fc',
  'CSU-2': '#1c7ed6',
  UMP: '#f59f00',
  HP: '#e8590c',
  CHP: '#e03131',
  CHR: '#a61e4d',
  CHU: '#5f3dc4',
  HS: '#ae3ec9',
  CPC: '#495057',
};
