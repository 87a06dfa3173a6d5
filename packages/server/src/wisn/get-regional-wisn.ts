import {
  computeRegionalWisn,
  wisnScopeCovers,
  wisnTotals,
  type RegionalWisnQuery,
  type RegionalWisnResponse,
} from '@tansiq/domain';
import type { Db } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import { wisnScopeOf } from './wisn-access';
import { loadWisnInputs } from './load-wisn-inputs';
import { presentWisnRow, presentWisnTotals } from './wisn-presenter';

/**
 * The regional WISN of a year: one row per establishment × cadre with a standard in force, and totals by
 * establishment, cadre and province, narrowed to what the actor sees and to the query's filters.
 * @throws AppError not_found (GST not visible), forbidden (no WISN role), validation_failed (a stored standard
 * leaves no working time).
 */
export async function getRegionalWisn(
  db: Db,
  context: RequestContext,
  query: RegionalWisnQuery,
): Promise<RegionalWisnResponse> {
  const scope = wisnScopeOf(context, query.gstId);
  const inputs = await loadWisnInputs(db, query.gstId, query.year);
  const establishments = inputs.establishments.filter(
    (establishment) =>
      wisnScopeCovers(scope, establishment) &&
      (query.provinceCode === undefined || establishment.provinceCode === query.provinceCode) &&
      (query.establishmentType === undefined || establishment.type === query.establishmentType),
  );
  const kept = new Set(establishments.map((establishment) => establishment.id));
  const regional = computeRegionalWisn({
    ...inputs.input,
    establishments: inputs.input.establishments.filter((establishment) => kept.has(establishment.establishmentId)),
    workloads: inputs.input.workloads.filter((entry) => kept.has(entry.establishmentId)),
    actualStaff: inputs.input.actualStaff.filter((entry) => kept.has(entry.establishmentId)),
  });
  const rows = regional.rows.filter((row) => query.cadre === undefined || row.cadre === query.cadre);
  return {
    gstId: query.gstId,
    year: query.year,
    onDate: inputs.onDate,
    annualisationFactor: inputs.annualisationFactor,
    establishments,
    rows: rows.map(presentWisnRow),
    totals: presentWisnTotals(wisnTotals(rows)),
    missingStandards: regional.missingStandards.filter(
      (missing) => query.cadre === undefined || missing.cadre === query.cadre,
    ),
  };
}
