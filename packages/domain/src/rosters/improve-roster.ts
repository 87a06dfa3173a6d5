import { tryFillGap } from './build-initial-roster';
import { isEligible } from './roster-model';
import type { RosterState } from './roster-state';

const EPSILON = 1e-9;

/** Why the search stopped: it ran all its rounds, or the time limit came first. */
export type SearchStop = 'round_limit' | 'time_limit';

/** What the local search needs besides the roster: a seeded random source, tie ranks and when to stop. */
export interface SearchSettings {
  random: () => number;
  ranks: Int32Array;
  maxRounds: number;
  deadline: number;
  now: () => number;
}

/** The best single change for one held shift: a move to another person or a swap with one of their shifts. */
function improveShift(state: RosterState, shift: number): boolean {
  const holder = state.holder[shift] ?? -1;
  let bestDelta = -EPSILON;
  let apply: (() => void) | undefined;
  for (const person of state.model.eligible[shift] ?? []) {
    if (person === holder) {
      continue;
    }
    const delta = state.moveDelta(shift, person);
    if (delta < bestDelta && state.canTake(person, shift)) {
      bestDelta = delta;
      apply = () => state.move(shift, person);
    }
    for (const other of state.held[person] ?? []) {
      if (!isEligible(state.model, holder, other)) {
        continue;
      }
      const swapDelta = state.swapDelta(shift, other);
      if (swapDelta < bestDelta && state.canSwap(shift, other)) {
        bestDelta = swapDelta;
        apply = () => state.swap(shift, other);
      }
    }
  }
  apply?.();
  return apply !== undefined;
}

/** Improves until no single move, swap or gap filling helps (a local optimum), or time runs out. */
function descend(state: RosterState, settings: SearchSettings): boolean {
  for (let improved = true; improved; ) {
    improved = false;
    for (let shift = 0; shift < state.holder.length; shift += 1) {
      const changed =
        (state.holder[shift] ?? -1) < 0 ? tryFillGap(state, shift, settings.ranks) : improveShift(state, shift);
      improved ||= changed;
    }
    if (settings.now() > settings.deadline) {
      return false;
    }
  }
  return true;
}

/** A few random feasible moves or swaps, whatever they cost, to leave the current local optimum. */
function kick(state: RosterState, random: () => number): void {
  const { model } = state;
  const strength = 2 + Math.floor(random() * 4);
  for (let attempt = 0; attempt < strength * 4 && model.shifts.length > 0; attempt += 1) {
    const shift = Math.floor(random() * model.shifts.length);
    const holder = state.holder[shift] ?? -1;
    const people = model.eligible[shift] ?? [];
    const person = people[Math.floor(random() * people.length)] ?? -1;
    if (holder < 0 || person < 0 || person === holder) {
      continue;
    }
    if (state.canTake(person, shift)) {
      state.move(shift, person);
      continue;
    }
    const theirs = state.held[person] ?? [];
    const other = theirs[Math.floor(random() * theirs.length)] ?? -1;
    if (other >= 0 && state.canSwap(shift, other)) {
      state.swap(shift, other);
    }
  }
}

/**
 * Iterated local search: descend to a local optimum, then repeatedly kick and descend again, keeping the best roster
 * (fewest gaps, then lowest cost; ties accepted, so the search can drift across plateaus). Every step keeps the hard
 * rules. Returns the number of rounds run and why it stopped.
 */
export function improveRoster(state: RosterState, settings: SearchSettings): { rounds: number; stoppedBy: SearchStop } {
  if (!descend(state, settings)) {
    return { rounds: 0, stoppedBy: 'time_limit' };
  }
  let best = state.snapshot();
  let bestGaps = state.gapCount;
  let bestCost = state.totalCost();
  for (let round = 1; round <= settings.maxRounds; round += 1) {
    if (settings.now() > settings.deadline) {
      state.restore(best);
      return { rounds: round - 1, stoppedBy: 'time_limit' };
    }
    kick(state, settings.random);
    descend(state, settings);
    const cost = state.totalCost();
    if (state.gapCount < bestGaps || (state.gapCount === bestGaps && cost <= bestCost + EPSILON)) {
      best = state.snapshot();
      bestGaps = state.gapCount;
      bestCost = cost;
    } else {
      state.restore(best);
    }
  }
  state.restore(best);
  return { rounds: settings.maxRounds, stoppedBy: 'round_limit' };
}
