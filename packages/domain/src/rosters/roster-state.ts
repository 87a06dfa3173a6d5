import { isEligible, type RosterModel } from './roster-model';

/**
 * A roster being built: who holds each shift (-1: a gap), what each person holds, and their load and counts. It checks
 * the pairwise and monthly rules incrementally; the static ones are settled by only offering eligible persons.
 */
export class RosterState {
  readonly holder: Int32Array;
  readonly held: number[][];
  readonly load: Float64Array;
  readonly count: Int32Array;
  readonly gardes: Int32Array;
  readonly astreintes: Int32Array;
  gapCount: number;
  /** Total weight of the gaps: with as few gaps as possible, the heavier shifts are filled first. */
  gapWeight: number;

  constructor(readonly model: RosterModel) {
    const shiftCount = model.shifts.length;
    const personCount = model.persons.length;
    this.holder = new Int32Array(shiftCount).fill(-1);
    this.held = Array.from({ length: personCount }, () => []);
    this.load = new Float64Array(personCount);
    this.count = new Int32Array(personCount);
    this.gardes = new Int32Array(personCount);
    this.astreintes = new Int32Array(personCount);
    this.gapCount = shiftCount;
    this.gapWeight = model.weight.reduce((sum, weight) => sum + weight, 0);
  }

  /** Gives a gap to a person, without checking the rules. */
  assign(shift: number, person: number): void {
    this.holder[shift] = person;
    this.held[person]?.push(shift);
    this.tally(shift, person, 1);
    this.gapCount -= 1;
    this.gapWeight -= this.model.weight[shift] ?? 0;
  }

  /** Makes a held shift a gap again. */
  unassign(shift: number): void {
    const person = this.holder[shift] ?? -1;
    if (person < 0) {
      return;
    }
    const list = this.held[person] ?? [];
    list.splice(list.indexOf(shift), 1);
    this.holder[shift] = -1;
    this.tally(shift, person, -1);
    this.gapCount += 1;
    this.gapWeight += this.model.weight[shift] ?? 0;
  }

  private tally(shift: number, person: number, sign: 1 | -1): void {
    this.load[person] = (this.load[person] ?? 0) + sign * (this.model.weight[shift] ?? 0);
    this.count[person] = (this.count[person] ?? 0) + sign;
    const counter = this.model.kind[shift] === 'garde' ? this.gardes : this.astreintes;
    counter[person] = (counter[person] ?? 0) + sign;
  }

  /** Whether the two shifts clash for one person (overlap or rest owed after the earlier one). */
  clash(a: number, b: number): boolean {
    const { start, end, restAfter } = this.model;
    const startA = start[a] ?? 0;
    const startB = start[b] ?? 0;
    return startA <= startB
      ? startB < (end[a] ?? 0) + (restAfter[a] ?? 0)
      : startA < (end[b] ?? 0) + (restAfter[b] ?? 0);
  }

  /** Whether an eligible person can take the shift without breaking a rule, as if they no longer held `ignoring`. */
  canTake(person: number, shift: number, ignoring = -1): boolean {
    const isGarde = this.model.kind[shift] === 'garde';
    const freed = ignoring >= 0 && (this.model.kind[ignoring] === 'garde') === isGarde ? 1 : 0;
    const used = (isGarde ? this.gardes[person] : this.astreintes[person]) ?? 0;
    const max = (isGarde ? this.model.maxGardes[person] : this.model.maxAstreintes[person]) ?? 0;
    if (used - freed >= max) {
      return false;
    }
    for (const other of this.held[person] ?? []) {
      if (other !== ignoring && other !== shift && this.clash(shift, other)) {
        return false;
      }
    }
    return true;
  }

  /** The fairness cost of one person at a given load and count: (load² + λ·count²) / target share. */
  personCost(person: number, load: number, count: number): number {
    return (load * load + this.model.countWeight * count * count) / (this.model.share[person] ?? 1);
  }

  /** Total fairness cost; with a fixed total, it is least when loads are proportional to target shares. */
  totalCost(): number {
    let total = 0;
    for (let person = 0; person < this.load.length; person += 1) {
      total += this.personCost(person, this.load[person] ?? 0, this.count[person] ?? 0);
    }
    return total;
  }

  /** Change of cost when a person's load and count change by the given amounts. */
  private costChange(person: number, loadChange: number, countChange: number): number {
    const load = this.load[person] ?? 0;
    const count = this.count[person] ?? 0;
    return this.personCost(person, load + loadChange, count + countChange) - this.personCost(person, load, count);
  }

  /** Change of cost if a held shift moved to another person (or a gap were filled by them). */
  moveDelta(shift: number, to: number): number {
    const from = this.holder[shift] ?? -1;
    const weight = this.model.weight[shift] ?? 0;
    const leave = from >= 0 ? this.costChange(from, -weight, -1) : 0;
    return leave + this.costChange(to, weight, 1);
  }

  /** Change of cost if the holders of two shifts exchanged them. */
  swapDelta(a: number, b: number): number {
    const holderA = this.holder[a] ?? -1;
    const holderB = this.holder[b] ?? -1;
    const difference = (this.model.weight[b] ?? 0) - (this.model.weight[a] ?? 0);
    return this.costChange(holderA, difference, 0) + this.costChange(holderB, -difference, 0);
  }

  /** Whether the holders of two shifts may exchange them. */
  canSwap(a: number, b: number): boolean {
    const holderA = this.holder[a] ?? -1;
    const holderB = this.holder[b] ?? -1;
    if (holderA < 0 || holderB < 0 || holderA === holderB) {
      return false;
    }
    return (
      isEligible(this.model, holderB, a) &&
      isEligible(this.model, holderA, b) &&
      this.canTake(holderA, b, a) &&
      this.canTake(holderB, a, b)
    );
  }

  /** Moves a shift (held or not) to a person. */
  move(shift: number, to: number): void {
    this.unassign(shift);
    this.assign(shift, to);
  }

  /** Exchanges the holders of two shifts. */
  swap(a: number, b: number): void {
    const holderA = this.holder[a] ?? -1;
    const holderB = this.holder[b] ?? -1;
    this.unassign(a);
    this.unassign(b);
    this.assign(a, holderB);
    this.assign(b, holderA);
  }

  /** A copy of who holds what, to come back to later. */
  snapshot(): Int32Array {
    return this.holder.slice();
  }

  /** Comes back to a snapshot. */
  restore(snapshot: Int32Array): void {
    snapshot.forEach((person, shift) => {
      if (this.holder[shift] !== person) {
        this.unassign(shift);
        if (person >= 0) {
          this.assign(shift, person);
        }
      }
    });
  }
}
