import type { EstablishmentType } from '../establishments/establishment-types';
import type { Cadre } from '../staff/cadres';
import type { WisnStandard } from './wisn-standard';

/** The key of one (establishment type, cadre) pair, e.g. `CSR-2|polyvalent_nurse`. */
export type WisnStandardKey = `${EstablishmentType}|${Cadre}`;

/** The key under which a pair's standard is looked up. */
export function wisnStandardKey(establishmentType: EstablishmentType, cadre: Cadre): WisnStandardKey {
  return `${establishmentType}|${cadre}`;
}

/**
 * The standard in force on a day for each (establishment type, cadre): the version with the latest `effectiveFrom`
 * not after the day; on the same day, the higher version wins. Pairs with no version in force are absent.
 */
export function wisnStandardsInForce(
  standards: readonly WisnStandard[],
  onDate: string,
): Map<WisnStandardKey, WisnStandard> {
  const inForce = new Map<WisnStandardKey, WisnStandard>();
  for (const standard of standards) {
    if (standard.effectiveFrom > onDate) {
      continue;
    }
    const key = wisnStandardKey(standard.establishmentType, standard.cadre);
    const current = inForce.get(key);
    const later =
      current === undefined ||
      standard.effectiveFrom > current.effectiveFrom ||
      (standard.effectiveFrom === current.effectiveFrom && standard.version > current.version);
    if (later) {
      inForce.set(key, standard);
    }
  }
  return inForce;
}
