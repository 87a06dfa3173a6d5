import type { RosterState } from './roster-state';

const EPSILON = 1e-9;

/** A random rank per person, used to break ties so that a seed, not the input order, decides among equals. */
export function shuffledRanks(count: number, random: () => number): Int32Array {
  const order = Array.from({ length: count }, (_, index) => index);
  for (let index = count - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other] ?? 0, order[index] ?? 0];
  }
  const ranks = new Int32Array(count);
  order.forEach((person, rank) => (ranks[person] = rank));
  return ranks;
}

/** Gives a gap to the eligible person who can take it at the least cost; false when nobody can. */
function fillDirectly(state: RosterState, shift: number, ranks: Int32Array): boolean {
  let best = -1;
  let bestDelta = Infinity;
  for (const person of state.model.eligible[shift] ?? []) {
    if (!state.canTake(person, shift)) {
      continue;
    }
    const delta = state.moveDelta(shift, person);
    const tie = Math.abs(delta - bestDelta) <= EPSILON && (ranks[person] ?? 0) < (ranks[best] ?? 0);
    if (delta < bestDelta - EPSILON || tie) {
      best = person;
      bestDelta = delta;
    }
  }
  if (best >= 0) {
    state.assign(shift, best);
  }
  return best >= 0;
}

/** Fills a gap by handing one of an eligible person's shifts to someone else first (an ejection chain of length 1). */
function fillByEjection(state: RosterState, shift: number): boolean {
  for (const person of state.model.eligible[shift] ?? []) {
    for (const blocking of [...(state.held[person] ?? [])]) {
      if (!state.canTake(person, shift, blocking)) {
        continue;
      }
      const taker = (state.model.eligible[blocking] ?? []).find(
        (other) => other !== person && state.canTake(other, blocking),
      );
      if (taker !== undefined) {
        state.move(blocking, taker);
        state.assign(shift, person);
        return true;
      }
    }
  }
  return false;
}

/** Tries to fill a gap without breaking a rule, directly or by moving one other shift; true when filled. */
export function tryFillGap(state: RosterState, shift: number, ranks: Int32Array): boolean {
  return fillDirectly(state, shift, ranks) || fillByEjection(state, shift);
}

/**
 * The starting roster: hardest shifts first (fewest eligible persons, then heaviest, then earliest), each to the
 * person it costs least; then one more pass over the gaps with ejection chains. Never breaks a hard rule.
 */
export function buildInitialRoster(state: RosterState, ranks: Int32Array): void {
  const { model } = state;
  const order = model.shifts
    .map((_, shift) => shift)
    .sort(
      (a, b) =>
        (model.eligible[a] ?? []).length - (model.eligible[b] ?? []).length ||
        (model.weight[b] ?? 0) - (model.weight[a] ?? 0) ||
        (model.start[a] ?? 0) - (model.start[b] ?? 0) ||
        a - b,
    );
  order.forEach((shift) => fillDirectly(state, shift, ranks));
  order.forEach((shift) => {
    if ((state.holder[shift] ?? -1) < 0) {
      fillByEjection(state, shift);
    }
  });
}
