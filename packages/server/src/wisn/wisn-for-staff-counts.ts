import { computeWisn, type StaffCountChange, type WisnChange } from '@tansiq/domain';
import type { Executor } from '@tansiq/db';
import { cadreWisnInput } from './cadre-wisn-input';
import { loadWisnInputs } from './load-wisn-inputs';

/**
 * WISN of a cadre at establishments for given staff counts (e.g. before and after a mobility), with this year's
 * workload (annualised) and the standards in force: R, the ratio FTE ÷ R before and after, and their pressure bands.
 * Aggregates only. Null when no establishment has a standard for the cadre (nothing to compare).
 */
export async function wisnForStaffCounts(
  executor: Executor,
  gstId: string,
  changes: readonly StaffCountChange[],
  year: number,
): Promise<WisnChange[] | null> {
  const results: WisnChange[] = [];
  for (const change of changes) {
    const inputs = await loadWisnInputs(executor, gstId, year, { establishmentId: change.establishmentId });
    const [establishment] = inputs.establishments;
    const { standard, workload } = establishment
      ? cadreWisnInput(inputs, establishment, change.cadre)
      : { standard: undefined, workload: {} };
    const base = { establishmentId: change.establishmentId, cadre: change.cadre, year };
    if (standard === undefined) {
      const none = { requiredStaff: null, ratioBefore: null, ratioAfter: null };
      results.push({ ...base, ...none, pressureBefore: null, pressureAfter: null });
      continue;
    }
    const before = computeWisn({ standard, workload, actualStaff: change.fteBefore });
    const after = computeWisn({ standard, workload, actualStaff: change.fteAfter });
    results.push({
      ...base,
      requiredStaff: before.requiredStaff,
      ratioBefore: before.ratio,
      ratioAfter: after.ratio,
      pressureBefore: before.pressure,
      pressureAfter: after.pressure,
    });
  }
  return results.some((result) => result.requiredStaff !== null) ? results : null;
}
