import type { Cadre } from '../staff/cadres';
import type { WisnResult } from './compute-wisn';
import { wisnRatio } from './wisn-formulas';
import { defaultWisnPressureBands, wisnPressure, type WisnPressure, type WisnPressureBands } from './wisn-pressure';

/** One computed (establishment × cadre) row of a regional WISN run. */
export interface WisnRow {
  establishmentId: string;
  provinceCode: string;
  cadre: Cadre;
  result: WisnResult;
}

/** Required and actual staff summed over rows; the ratio is recomputed from the sums, never averaged. */
export interface WisnTotal {
  requiredStaff: number;
  actualStaff: number;
  difference: number;
  ratio: number | null;
  pressure: WisnPressure;
  rowCount: number;
}

/** Totals at every level the dashboards show. */
export interface WisnTotals {
  byEstablishment: (WisnTotal & { establishmentId: string; provinceCode: string })[];
  byCadre: (WisnTotal & { cadre: Cadre })[];
  byProvince: (WisnTotal & { provinceCode: string })[];
  byProvinceAndCadre: (WisnTotal & { provinceCode: string; cadre: Cadre })[];
  region: WisnTotal;
}

interface Sum {
  requiredStaff: number;
  actualStaff: number;
  rowCount: number;
}

function addTo<Key>(sums: Map<Key, Sum>, key: Key, row: WisnRow): void {
  const sum = sums.get(key) ?? { requiredStaff: 0, actualStaff: 0, rowCount: 0 };
  sum.requiredStaff += row.result.requiredStaff;
  sum.actualStaff += row.result.actualStaff;
  sum.rowCount += 1;
  sums.set(key, sum);
}

function toTotal(sum: Sum, bands: WisnPressureBands): WisnTotal {
  const ratio = wisnRatio(sum.actualStaff, sum.requiredStaff);
  return { ...sum, difference: sum.actualStaff - sum.requiredStaff, ratio, pressure: wisnPressure(ratio, bands) };
}

/** Sums rows per establishment, cadre, province, province × cadre and for the whole region, in first-seen order. */
export function wisnTotals(rows: readonly WisnRow[], bands: WisnPressureBands = defaultWisnPressureBands): WisnTotals {
  const establishments = new Map<string, Sum>();
  const provinceOf = new Map<string, string>();
  const cadres = new Map<Cadre, Sum>();
  const provinces = new Map<string, Sum>();
  const provinceCadres = new Map<string, Sum>();
  const cadreOf = new Map<string, { provinceCode: string; cadre: Cadre }>();
  const region = new Map<'region', Sum>();
  for (const row of rows) {
    addTo(establishments, row.establishmentId, row);
    provinceOf.set(row.establishmentId, row.provinceCode);
    addTo(cadres, row.cadre, row);
    addTo(provinces, row.provinceCode, row);
    const provinceCadre = `${row.provinceCode}|${row.cadre}`;
    addTo(provinceCadres, provinceCadre, row);
    cadreOf.set(provinceCadre, { provinceCode: row.provinceCode, cadre: row.cadre });
    addTo(region, 'region', row);
  }
  return {
    byEstablishment: [...establishments].map(([establishmentId, sum]) => ({
      establishmentId,
      provinceCode: provinceOf.get(establishmentId) ?? '',
      ...toTotal(sum, bands),
    })),
    byCadre: [...cadres].map(([cadre, sum]) => ({ cadre, ...toTotal(sum, bands) })),
    byProvince: [...provinces].map(([provinceCode, sum]) => ({ provinceCode, ...toTotal(sum, bands) })),
    byProvinceAndCadre: [...provinceCadres].flatMap(([key, sum]) => {
      const parts = cadreOf.get(key);
      return parts === undefined ? [] : [{ ...parts, ...toTotal(sum, bands) }];
    }),
    region: toTotal(region.get('region') ?? { requiredStaff: 0, actualStaff: 0, rowCount: 0 }, bands),
  };
}
