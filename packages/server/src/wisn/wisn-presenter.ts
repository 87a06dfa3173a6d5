import {
  type RegionalWisn,
  type WisnResult,
  type WisnRowSummary,
  type WisnTotals,
  type WisnWhatIf,
  type WisnWhatIfResponse,
} from '@tansiq/domain';

/** The figures of one row, without its steps (the regional table does not need them). */
export const presentWisnFigures = (result: WisnResult) => ({
  requiredStaff: result.requiredStaff,
  actualStaff: result.actualStaff,
  difference: result.difference,
  ratio: result.ratio,
  pressure: result.pressure,
});

/** One establishment × cadre row of the regional table. */
export function presentWisnRow(row: RegionalWisn['rows'][number]): WisnRowSummary {
  return {
    establishmentId: row.establishmentId,
    cadre: row.cadre,
    ...presentWisnFigures(row.result),
    standardVersion: row.result.standardVersion,
    missingWorkloadActivityCodes: row.result.missingWorkloadActivityCodes,
  };
}

/** The totals the page shows (establishment, cadre, province, region). */
export const presentWisnTotals = (totals: WisnTotals) => ({
  byEstablishment: totals.byEstablishment,
  byCadre: totals.byCadre,
  byProvince: totals.byProvince,
  region: totals.region,
});

/** A what-if: region and province totals before and after, and the rows that changed. */
export function presentWisnWhatIf(whatIf: WisnWhatIf): WisnWhatIfResponse {
  return {
    before: { region: whatIf.before.region, byProvince: whatIf.before.byProvince },
    after: { region: whatIf.after.region, byProvince: whatIf.after.byProvince },
    changes: whatIf.changes.map((change) => ({
      establishmentId: change.establishmentId,
      cadre: change.cadre,
      before: presentWisnFigures(change.before),
      after: presentWisnFigures(change.after),
    })),
  };
}
