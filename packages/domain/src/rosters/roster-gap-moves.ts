import { isEligible } from './roster-model';
import type { RosterState } from './roster-state';

const EPSILON = 1e-9;

/** Gives a gap to the eligible person who can take it at the least cost; false when nobody can. */
export function fillDirectly(state: RosterState, shift: number, ranks: Int32Array): boolean {
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
export function fillByEjection(state: RosterState, shift: number): boolean {
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
 * Fills a gap heavier than one of an eligible person's shifts by giving them the gap instead: the number of gaps stays
 * the same but the weight left unfilled drops (weekend and holiday shifts are filled first). True when done.
 */
export function exchangeGap(state: RosterState, shift: number): boolean {
  const weight = state.model.weight[shift] ?? 0;
  let best: { person: number; released: number } | undefined;
  let bestGain = EPSILON;
  for (const person of state.model.eligible[shift] ?? []) {
    for (const released of state.held[person] ?? []) {
      const gain = weight - (state.model.weight[released] ?? 0);
      if (gain > bestGain && state.canTake(person, shift, released)) {
        best = { person, released };
        bestGain = gain;
      }
    }
  }
  if (best) {
    state.unassign(best.released);
    state.assign(shift, best.person);
  }
  return best !== undefined;
}

/** Gaps that releasing a person's shift could unblock: the shift itself, shifts near it, and shifts of its kind. */
function unblockedGaps(state: RosterState, person: number, released: number): number[] {
  const { model } = state;
  const gaps: number[] = [];
  state.holder.forEach((holder, gap) => {
    const sameKind = model.kind[gap] === model.kind[released] && isEligible(model, person, gap);
    if (holder < 0 && (gap === released || sameKind || state.clash(released, gap))) {
      gaps.push(gap);
    }
  });
  return gaps;
}

/**
 * Gives a gap to a person by releasing one of their shifts, kept only if the gaps that this unblocks can then be
 * filled so that there are fewer gaps in all (e.g. two astreintes instead of one holiday garde). True when done.
 */
export function fillTwoForOne(state: RosterState, shift: number, ranks: Int32Array): boolean {
  for (const person of state.model.eligible[shift] ?? []) {
    for (const released of [...(state.held[person] ?? [])]) {
      if (!state.canTake(person, shift, released)) {
        continue;
      }
      const before = state.snapshot();
      const gapsBefore = state.gapCount;
      state.unassign(released);
      state.assign(shift, person);
      unblockedGaps(state, person, released).forEach((gap) => tryFillGap(state, gap, ranks));
      if (state.gapCount < gapsBefore) {
        return true;
      }
      state.restore(before);
    }
  }
  return false;
}
