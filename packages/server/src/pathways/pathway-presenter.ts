import {
  validatePathwayMap,
  type PathwayEstablishment,
  type PathwayEstablishmentRef,
  type PathwayMap,
  type PathwayMapSummary,
  type PathwayOrigin,
  type PathwayOriginRow,
} from '@tansiq/domain';

/** An establishment as a map shows it. */
export const presentPathwayEstablishment = (establishment: PathwayEstablishment): PathwayEstablishmentRef => ({
  id: establishment.id,
  code: establishment.code,
  nameFr: establishment.nameFr,
  nameAr: establishment.nameAr,
  type: establishment.type,
  status: establishment.status,
  provinceCode: establishment.provinceCode,
});

function presentOrigin(
  row: PathwayOriginRow,
  byId: ReadonlyMap<string, PathwayEstablishmentRef>,
): PathwayOrigin | undefined {
  const origin = byId.get(row.originEstablishmentId);
  const returnEstablishment = byId.get(row.returnEstablishmentId);
  if (!origin || !returnEstablishment) {
    return undefined;
  }
  return {
    origin,
    maxDelayRoutineDays: row.maxDelayRoutineDays,
    maxDelayUrgentDays: row.maxDelayUrgentDays,
    maxDelayEmergencyHours: row.maxDelayEmergencyHours,
    teleexpertiseFirst: row.teleexpertiseFirst,
    returnEstablishment,
    destinations: row.destinationIds.flatMap((id, index) => {
      const establishment = byId.get(id);
      return establishment ? [{ rank: index + 1, establishment }] : [];
    }),
  };
}

/**
 * A map with its rows (by province, then origin name), its validation issues against today's registry, and the
 * establishments that could be chosen as destinations.
 */
export function presentPathwayMap(
  summary: PathwayMapSummary,
  rows: readonly PathwayOriginRow[],
  establishments: readonly PathwayEstablishment[],
): PathwayMap {
  const byId = new Map(
    establishments.map((establishment) => [establishment.id, presentPathwayEstablishment(establishment)]),
  );
  const origins = rows
    .flatMap((row) => presentOrigin(row, byId) ?? [])
    .sort(
      (a, b) =>
        a.origin.provinceCode.localeCompare(b.origin.provinceCode) ||
        a.origin.nameFr.localeCompare(b.origin.nameFr, 'fr'),
    );
  return {
    ...summary,
    origins,
    issues: validatePathwayMap({ specialtyCode: summary.specialtyCode, origins: rows }, establishments).map(
      (issue) => ({
        ...issue,
        origin: byId.get(issue.originEstablishmentId) ?? null,
        destination: issue.destinationEstablishmentId ? (byId.get(issue.destinationEstablishmentId) ?? null) : null,
      }),
    ),
    candidates: establishments
      .filter(
        (establishment) =>
          establishment.status === 'active' && establishment.specialtyCodes.includes(summary.specialtyCode),
      )
      .map(presentPathwayEstablishment),
  };
}
