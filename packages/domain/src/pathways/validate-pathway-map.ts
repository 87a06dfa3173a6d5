import { primaryCareTypes } from '../establishments/establishment-types';
import { pathwayRankOf } from './generate-default-pathway-map';
import type { PathwayEstablishment, PathwayIssue, PathwayIssueCode, PathwayOriginRow } from './pathway-map';

const messages: Record<PathwayIssueCode, string> = {
  unknown_establishment: 'This establishment is not in the GST',
  destination_lacks_specialty: 'The destination does not offer the specialty',
  destination_not_higher: 'The destination is not of a higher level than the origin',
  destination_not_active: 'The destination is closed or not open yet',
  duplicate_destination: 'The destination is listed twice',
  cycle: 'The pathway loops back to this establishment',
  primary_care_not_covered: 'This primary care centre has no destination',
};

function issue(
  code: PathwayIssueCode,
  originEstablishmentId: string,
  destination?: { id: string; index: number },
): PathwayIssue {
  return {
    code,
    path: destination
      ? ['origins', originEstablishmentId, 'destinations', destination.index]
      : ['origins', originEstablishmentId],
    message: messages[code],
    originEstablishmentId,
    destinationEstablishmentId: destination?.id ?? null,
  };
}

function destinationIssues(
  row: PathwayOriginRow,
  byId: ReadonlyMap<string, PathwayEstablishment>,
  specialtyCode: string,
): PathwayIssue[] {
  const origin = byId.get(row.originEstablishmentId);
  if (!origin) {
    return [issue('unknown_establishment', row.originEstablishmentId)];
  }
  return row.destinationIds.flatMap((id, index) => {
    const at = { id, index };
    const destination = byId.get(id);
    if (!destination) {
      return [issue('unknown_establishment', row.originEstablishmentId, at)];
    }
    if (row.destinationIds.indexOf(id) !== index) {
      return [issue('duplicate_destination', row.originEstablishmentId, at)];
    }
    return [
      ...(destination.status === 'active' ? [] : [issue('destination_not_active', row.originEstablishmentId, at)]),
      ...(destination.specialtyCodes.includes(specialtyCode)
        ? []
        : [issue('destination_lacks_specialty', row.originEstablishmentId, at)]),
      ...(pathwayRankOf(destination) > pathwayRankOf(origin)
        ? []
        : [issue('destination_not_higher', row.originEstablishmentId, at)]),
    ];
  });
}

/** The origins from which following destinations (of any rank) comes back to them: one issue per cycle found. */
function cycleIssues(rows: readonly PathwayOriginRow[]): PathwayIssue[] {
  const edges = new Map(rows.map((row) => [row.originEstablishmentId, row.destinationIds]));
  const state = new Map<string, 'visiting' | 'done'>();
  const found: PathwayIssue[] = [];
  // Iterative depth-first search: a map has hundreds of origins, recursion depth stays small but loops must not hang.
  for (const start of edges.keys()) {
    if (state.has(start)) {
      continue;
    }
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 'visiting');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) {
        break;
      }
      const targets = edges.get(top.id) ?? [];
      const target = targets[top.next];
      top.next += 1;
      if (target === undefined) {
        state.set(top.id, 'done');
        stack.pop();
      } else if (state.get(target) === 'visiting') {
        found.push(issue('cycle', top.id, { id: target, index: top.next - 1 }));
      } else if (!state.has(target)) {
        state.set(target, 'visiting');
        stack.push({ id: target, next: 0 });
      }
    }
  }
  return found;
}

/**
 * Checks a map against the registry (pure): every destination is active, offers the specialty and is of a higher
 * rank than its origin, none is listed twice, following the arrows never loops, and every active primary care
 * centre of the GST has a row with at least one destination. Returns the issues, none when the map may be published.
 */
export function validatePathwayMap(
  map: { specialtyCode: string; origins: readonly PathwayOriginRow[] },
  establishments: readonly PathwayEstablishment[],
): PathwayIssue[] {
  const byId = new Map(establishments.map((establishment) => [establishment.id, establishment]));
  const covered = new Set(
    map.origins.filter((row) => row.destinationIds.length > 0).map((row) => row.originEstablishmentId),
  );
  const uncovered = establishments
    .filter(
      (establishment) =>
        establishment.status === 'active' &&
        primaryCareTypes.includes(establishment.type) &&
        !covered.has(establishment.id),
    )
    .map((establishment) => issue('primary_care_not_covered', establishment.id));
  return [
    ...map.origins.flatMap((row) => destinationIssues(row, byId, map.specialtyCode)),
    ...cycleIssues(map.origins),
    ...uncovered,
  ];
}
