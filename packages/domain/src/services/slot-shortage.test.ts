import { describe, expect, it } from 'vitest';
import { isShortOfSlots, slotShortage } from './slot-shortage';

const weeks = [
  { weekStart: '2026-12-07', capacity: 20, booked: 18 },
  { weekStart: '2026-12-14', capacity: 20, booked: 10 },
  { weekStart: '2026-12-21', capacity: 0, booked: 0 },
];

describe('slotShortage', () => {
  it.each([
    // [pending referrals, shortage, placed per week]
    [0, 0, [0, 0, 0]],
    [5, 0, [2, 3, 0]],
    [12, 0, [2, 10, 0]],
    [15, 3, [2, 10, 0]],
  ])('with %i waiting referrals the shortage is %i', (pending, shortage, placed) => {
    const result = slotShortage(weeks, pending);
    expect(result.shortage).toBe(shortage);
    expect(result.weeks.map((week) => week.pendingPlaced)).toEqual(placed);
    expect(result).toMatchObject({ capacity: 40, booked: 28, pending, demand: 28 + pending });
    expect(isShortOfSlots(result)).toBe(shortage > 0);
  });

  it('counts an overbooked week as having no free slot', () => {
    const result = slotShortage([{ weekStart: '2026-12-07', capacity: 4, booked: 6 }], 1);
    expect(result.weeks[0]?.free).toBe(0);
    expect(result.shortage).toBe(1);
  });
});
