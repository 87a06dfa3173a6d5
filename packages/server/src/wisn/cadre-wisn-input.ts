import {
  wisnStandardKey,
  wisnStandardsInForce,
  type Cadre,
  type EstablishmentType,
  type WisnStandard,
} from '@tansiq/domain';
import type { WisnInputs } from './load-wisn-inputs';

/** What one establishment and cadre's WISN reads from a year's inputs: the standard in force, workload, staff. */
export interface CadreWisnInput {
  standard: WisnStandard | undefined;
  workload: Record<string, number>;
  actualStaff: number;
}

/** Picks one establishment and cadre out of inputs loaded for that establishment (`loadWisnInputs`). */
export function cadreWisnInput(
  inputs: WisnInputs,
  establishment: { id: string; type: EstablishmentType },
  cadre: Cadre,
): CadreWisnInput {
  const standard = wisnStandardsInForce(inputs.input.standards, inputs.onDate).get(
    wisnStandardKey(establishment.type, cadre),
  );
  const workload: Record<string, number> = {};
  for (const entry of inputs.input.workloads) {
    if (entry.cadre === cadre && entry.establishmentId === establishment.id) {
      workload[entry.activityCode] = entry.annualWorkload;
    }
  }
  const actualStaff = inputs.input.actualStaff
    .filter((entry) => entry.cadre === cadre && entry.establishmentId === establishment.id)
    .reduce((sum, entry) => sum + entry.staffCount, 0);
  return { standard, workload, actualStaff };
}
