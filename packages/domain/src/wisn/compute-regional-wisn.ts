import type { EstablishmentType } from '../establishments/establishment-types';
import { cadres, type Cadre } from '../staff/cadres';
import { computeWisn, type WisnWorkload } from './compute-wisn';
import { defaultWisnPressureBands, type WisnPressureBands } from './wisn-pressure';
import type { WisnStandard } from './wisn-standard';
import { wisnStandardKey, wisnStandardsInForce } from './wisn-standards-in-force';
import { wisnTotals, type WisnRow, type WisnTotals } from './wisn-totals';

/** An establishment as WISN needs it. */
export interface WisnEstablishment {
  establishmentId: string;
  establishmentType: EstablishmentType;
  provinceCode: string;
}

/** Annual workload of one activity of one cadre at one establishment (from platform activity or entered figures). */
export interface WisnWorkloadEntry {
  establishmentId: string;
  cadre: Cadre;
  activityCode: string;
  annualWorkload: number;
}

/** Staff in post of one cadre at one establishment, in full-time equivalents. */
export interface WisnActualStaffEntry {
  establishmentId: string;
  cadre: Cadre;
  staffCount: number;
}

/** Everything a regional run needs; standards are parsed (`wisnStandardSchema`) and may hold several versions. */
export interface RegionalWisnInput {
  /** The day whose standards in force are used (ISO date). */
  onDate: string;
  standards: readonly WisnStandard[];
  establishments: readonly WisnEstablishment[];
  workloads: readonly WisnWorkloadEntry[];
  actualStaff: readonly WisnActualStaffEntry[];
  bands?: WisnPressureBands;
}

/** A pair with workload or staff but no standard in force: it cannot be computed and is listed, not hidden. */
export interface WisnMissingStandard {
  establishmentId: string;
  establishmentType: EstablishmentType;
  cadre: Cadre;
  actualStaff: number;
}

/** All rows, their totals, and what could not be computed. */
export interface RegionalWisn extends WisnTotals {
  rows: WisnRow[];
  missingStandards: WisnMissingStandard[];
  /** Workload or staff entries of establishments absent from the input list. */
  unknownEstablishmentIds: string[];
}

type PairKey = `${string}|${Cadre}`;
const pairKey = (establishmentId: string, cadre: Cadre): PairKey => `${establishmentId}|${cadre}`;

function indexWorkloads(entries: readonly WisnWorkloadEntry[]): Map<PairKey, WisnWorkload> {
  const index = new Map<PairKey, WisnWorkload>();
  for (const entry of entries) {
    const key = pairKey(entry.establishmentId, entry.cadre);
    const workload = index.get(key) ?? {};
    workload[entry.activityCode] = (workload[entry.activityCode] ?? 0) + entry.annualWorkload;
    index.set(key, workload);
  }
  return index;
}

function indexStaff(entries: readonly WisnActualStaffEntry[]): Map<PairKey, number> {
  const index = new Map<PairKey, number>();
  for (const entry of entries) {
    const key = pairKey(entry.establishmentId, entry.cadre);
    index.set(key, (index.get(key) ?? 0) + entry.staffCount);
  }
  return index;
}

function unknownEstablishments(input: RegionalWisnInput): string[] {
  const known = new Set(input.establishments.map((establishment) => establishment.establishmentId));
  const mentioned = [...input.workloads, ...input.actualStaff].map((entry) => entry.establishmentId);
  return [...new Set(mentioned.filter((id) => !known.has(id)))];
}

/**
 * Computes WISN for every establishment × cadre that has a standard in force on `input.onDate`, with totals per
 * establishment, cadre, province and region. Workload and staff entries of the same pair are summed.
 * @throws AppError validation_failed when a standard in force leaves no working time or has support time ≥ 100 %.
 */
export function computeRegionalWisn(input: RegionalWisnInput): RegionalWisn {
  const inForce = wisnStandardsInForce(input.standards, input.onDate);
  const workloads = indexWorkloads(input.workloads);
  const staff = indexStaff(input.actualStaff);
  const bands = input.bands ?? defaultWisnPressureBands;
  const rows: WisnRow[] = [];
  const missingStandards: WisnMissingStandard[] = [];
  for (const { establishmentId, establishmentType, provinceCode } of input.establishments) {
    for (const cadre of cadres) {
      const key = pairKey(establishmentId, cadre);
      const standard = inForce.get(wisnStandardKey(establishmentType, cadre));
      const workload = workloads.get(key);
      const actualStaff = staff.get(key) ?? 0;
      if (standard === undefined) {
        if (workload !== undefined || actualStaff !== 0) {
          missingStandards.push({ establishmentId, establishmentType, cadre, actualStaff });
        }
        continue;
      }
      const result = computeWisn({ standard, workload: workload ?? {}, actualStaff, bands });
      rows.push({ establishmentId, provinceCode, cadre, result });
    }
  }
  const unknownEstablishmentIds = unknownEstablishments(input);
  return { rows, ...wisnTotals(rows, bands), missingStandards, unknownEstablishmentIds };
}
