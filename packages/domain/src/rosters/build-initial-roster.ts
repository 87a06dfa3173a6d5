import { fillByEjection, fillDirectly } from './roster-gap-moves';
import type { RosterState } from './roster-state';

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
