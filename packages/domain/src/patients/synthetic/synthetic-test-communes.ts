import type { SyntheticCommune } from './synthetic-record';

/** A few real TTA communes with their RGPH 2024 populations, for the generator's tests. */
export const syntheticTestCommunes: readonly SyntheticCommune[] = [
  { code: '01.511.01.0', provinceCode: '01.511', population2024: 1_275_428, type: 'urban', name: 'Tanger' },
  { code: '01.571.01.11', provinceCode: '01.571', population2024: 422_000, type: 'urban', name: 'Tétouan' },
  { code: '01.511.01.01', provinceCode: '01.511', population2024: 36_039, type: 'urban', name: 'Assilah' },
  { code: '01.511.05.19', provinceCode: '01.511', population2024: 27_204, type: 'rural', name: 'Hjar Ennhal' },
  { code: '01.151.09.11', provinceCode: '01.151', population2024: 160_000, type: 'rural', name: 'Bni Smih' },
  { code: '01.051.03.05', provinceCode: '01.051', population2024: 140_000, type: 'rural', name: 'Rural Al Hoceima' },
];
