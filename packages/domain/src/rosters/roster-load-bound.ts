import { FlowNetwork } from './flow-network';
import type { RosterModel } from './roster-model';

interface ShiftGroup {
  weight: number;
  persons: readonly number[];
}

/** Shifts with the same eligible persons, merged: the flow network stays small. */
function groupShifts(model: RosterModel, shifts: readonly number[]): ShiftGroup[] {
  const groups = new Map<string, { weight: number; persons: readonly number[] }>();
  for (const shift of shifts) {
    const persons = model.eligible[shift] ?? [];
    const key = persons.join(',');
    const group = groups.get(key) ?? { weight: 0, persons };
    group.weight += model.weight[shift] ?? 0;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Whether the groups' weight can be spread (fractionally) so that no one's load exceeds `limit × share`. */
function canSpread(model: RosterModel, groups: readonly ShiftGroup[], persons: readonly number[], limit: number) {
  const node = new Map(persons.map((person, index) => [person, groups.length + 1 + index]));
  const sink = groups.length + persons.length + 1;
  const network = new FlowNetwork(sink + 1);
  let total = 0;
  groups.forEach((group, index) => {
    total += group.weight;
    network.addEdge(0, index + 1, group.weight);
    group.persons.forEach((person) => network.addEdge(index + 1, node.get(person) ?? sink, group.weight));
  });
  persons.forEach((person) => network.addEdge(node.get(person) ?? sink, sink, limit * (model.share[person] ?? 1)));
  return network.maxFlow(0, sink) >= total * (1 - 1e-9);
}

/**
 * A lower bound on the largest normalized load (weighted load ÷ target share) of any roster that fills these shifts
 * without breaking the static rules: the larger of (a) the heaviest shift over the largest share of those who may take
 * it and (b) the optimum of the fractional relaxation (shifts divisible, rest and monthly maxima ignored), found by
 * bisection on a maximum-flow feasibility test. By max-flow/min-cut, (b) equals the worst ratio, over any set of
 * shifts, of their weight to the shares of the people who may take them.
 */
export function maxNormalizedLoadLowerBound(model: RosterModel, shifts: readonly number[]): number {
  const groups = groupShifts(model, shifts);
  const persons = [...new Set(groups.flatMap((group) => group.persons))].sort((a, b) => a - b);
  if (groups.length === 0 || persons.length === 0) {
    return 0;
  }
  const share = (person: number) => model.share[person] ?? 1;
  const heaviest = Math.max(
    ...shifts.map((shift) => (model.weight[shift] ?? 0) / Math.max(...(model.eligible[shift] ?? []).map(share))),
  );
  const totalWeight = groups.reduce((sum, group) => sum + group.weight, 0);
  let low = Math.max(heaviest, totalWeight / persons.reduce((sum, person) => sum + share(person), 0));
  let high = totalWeight / Math.min(...persons.map(share));
  if (canSpread(model, groups, persons, low)) {
    return low;
  }
  for (let step = 0; step < 60 && high - low > 1e-7 * high; step += 1) {
    const middle = (low + high) / 2;
    if (canSpread(model, groups, persons, middle)) {
      high = middle;
    } else {
      low = middle;
    }
  }
  return low;
}
