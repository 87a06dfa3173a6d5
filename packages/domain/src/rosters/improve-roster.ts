import { exchangeGap, fillTwoForOne, tryFillGap } from './roster-gap-moves';
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

/** Fills what gaps it can, directly, by ejection or two for one; true when it filled at least one. */
function fillGaps(state: RosterState, settings: SearchSettings): boolean {
  let filled = false;
  for (let shift = 0; shift < state.holder.length; shift += 1) {
    const isGap = (state.holder[shift] ?? -1) < 0;
    if (isGap && (tryFillGap(state, shift, settings.ranks) || fillTwoForOne(state, shift, settings.ranks))) {
      filled = true;
    }
  }
  return filled;
}

/**
 * Improves until no gap filling, gap exchange, move or swap helps (a local optimum), or time runs out. Gaps are filled
 * first, so that an exchange never takes the place of a shift that could have been added.
 */
function descend(state: RosterState, settings: SearchSettings): boolean {
  for (let improved = true; improved;) {
    improved = fillGaps(state, settings);
    for (let shift = 0; shift < state.holder.length; shift += 1) {
      const changed = (state.holder[shift] ?? -1) < 0 ? exchangeGap(state, shift) : improveShift(state, shift);
      improved ||= changed;
    }
    if (settings.now() > settings.deadline) {
      return false;
    }
  }
  return true;
}

/** Gives a shift to a person, first releasing (as gaps) their shifts that would break a rule with it. */
function forceMove(state: RosterState, shift: number, person: number): void {
  for (const other of [...(state.held[person] ?? [])]) {
    if (other !== shift && state.clash(shift, other)) {
      state.unassign(other);
    }
  }
  const sameKind = (state.held[person] ?? []).find((other) => state.model.kind[other] === state.model.kind[shift]);
  if (!state.canTake(person, shift) && sameKind !== undefined) {
    state.unassign(sameKind);
  }
  if (state.canTake(person, shift)) {
    state.move(shift, person);
  }
}

/**
 * A small ruin-and-recreate step to leave the current local optimum: one to three shifts forced onto another eligible
 * person (whatever it costs, releasing what clashes), the next descent refilling the gaps this opens.
 */
function kick(state: RosterState, random: () => number): void {
  const { model } = state;
  const strength = 1 + Math.floor(random() * 3);
  for (let attempt = 0; attempt < strength && model.shifts.length > 0; attempt += 1) {
    const shift = Math.floor(random() * model.shifts.length);
    const people = model.eligible[shift] ?? [];
    const person = people[Math.floor(random() * people.length)] ?? -1;
    if (person >= 0 && person !== state.holder[shift]) {
      forceMove(state, shift, person);
    }
  }
}

/** The lexicographic objective: fewest gaps, then least gap weight, then lowest fairness cost. */
interface Score {
  gaps: number;
  gapWeight: number;
  cost: number;
}

const scoreOf = (state: RosterState): Score => ({
  gaps: state.gapCount,
  gapWeight: state.gapWeight,
  cost: state.totalCost(),
});

function isWorse(score: Score, than: Score): boolean {
  if (score.gaps !== than.gaps) {
    return score.gaps > than.gaps;
  }
  if (Math.abs(score.gapWeight - than.gapWeight) > EPSILON) {
    return score.gapWeight > than.gapWeight;
  }
  return score.cost > than.cost + EPSILON;
}

/**
 * Iterated local search: descend to a local optimum, then repeatedly kick and descend again, keeping the best roster
 * (fewest gaps, then least gap weight, then lowest cost; ties accepted, so the search can drift across plateaus). Every step keeps the hard
 * rules. Returns the number of rounds run and why it stopped.
 */
export function improveRoster(state: RosterState, settings: SearchSettings): { rounds: number; stoppedBy: SearchStop } {
  if (!descend(state, settings)) {
    return { rounds: 0, stoppedBy: 'time_limit' };
  }
  let best = state.snapshot();
  let bestScore = scoreOf(state);
  for (let round = 1; round <= settings.maxRounds; round += 1) {
    if (settings.now() > settings.deadline) {
      state.restore(best);
      return { rounds: round - 1, stoppedBy: 'time_limit' };
    }
    kick(state, settings.random);
    descend(state, settings);
    const score = scoreOf(state);
    if (!isWorse(score, bestScore)) {
      best = state.snapshot();
      bestScore = score;
    } else {
      state.restore(best);
    }
  }
  state.restore(best);
  return { rounds: settings.maxRounds, stoppedBy: 'round_limit' };
}
