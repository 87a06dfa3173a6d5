import {
  computeWisnWhatIf,
  outOfScope,
  wisnScopeCovers,
  type WisnWhatIfInput,
  type WisnWhatIfResponse,
} from '@tansiq/domain';
import type { Db } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import { wisnScopeOf } from './wisn-access';
import { loadWisnInputs } from './load-wisn-inputs';
import { presentWisnWhatIf } from './wisn-presenter';

/**
 * Applies what-if edits (standards, staff moves) to a year's inputs and returns the totals before and after with the
 * rows that changed, within what the actor sees. Nothing is stored, so nothing is audited.
 * @throws AppError not_found (GST or an edited establishment out of scope), forbidden (no WISN role), unprocessable
 * (no standard in force for an edit, staff below zero), validation_failed (an edited standard is not valid).
 */
export async function runWisnWhatIf(
  db: Db,
  context: RequestContext,
  input: WisnWhatIfInput,
): Promise<WisnWhatIfResponse> {
  const scope = wisnScopeOf(context, input.gstId);
  const inputs = await loadWisnInputs(db, input.gstId, input.year);
  const visible = inputs.establishments.filter((establishment) => wisnScopeCovers(scope, establishment));
  const kept = new Set(visible.map((establishment) => establishment.id));
  for (const edit of input.edits) {
    if (edit.kind === 'actual_staff' && !kept.has(edit.establishmentId)) {
      throw outOfScope('Establishment', input.gstId);
    }
  }
  const whatIf = computeWisnWhatIf(
    {
      ...inputs.input,
      establishments: inputs.input.establishments.filter((establishment) => kept.has(establishment.establishmentId)),
      workloads: inputs.input.workloads.filter((entry) => kept.has(entry.establishmentId)),
      actualStaff: inputs.input.actualStaff.filter((entry) => kept.has(entry.establishmentId)),
    },
    input.edits,
  );
  return presentWisnWhatIf(whatIf);
}
