/** Capacity and bookings of a service in one week of the look-ahead window. */
export interface WeekCapacity {
  weekStart: string;
  capacity: number;
  booked: number;
}

export interface SlotShortageWeek extends WeekCapacity {
  free: number;
  /** Waiting referrals that would take this week's free slots, the earliest weeks first. */
  pendingPlaced: number;
}

export interface SlotShortageResult {
  capacity: number;
  booked: number;
  pending: number;
  demand: number;
  /** Waiting referrals that find no free slot in the window. */
  shortage: number;
  weeks: SlotShortageWeek[];
}

/**
 * Demand against the sessions of a service over the coming weeks (issue #4 §4): booked appointments plus the referrals
 * accepted or waitlisted that have no appointment yet. Those take the free slots in order, earliest week first; what
 * remains is the shortage. A service is short when demand exceeds capacity.
 */
export function slotShortage(weeks: readonly WeekCapacity[], pending: number): SlotShortageResult {
  let remaining = pending;
  const placed = weeks.map((week) => {
    const free = Math.max(0, week.capacity - week.booked);
    const pendingPlaced = Math.min(free, remaining);
    remaining -= pendingPlaced;
    return { ...week, free, pendingPlaced };
  });
  const capacity = weeks.reduce((sum, week) => sum + week.capacity, 0);
  const booked = weeks.reduce((sum, week) => sum + week.booked, 0);
  const demand = booked + pending;
  return { capacity, booked, pending, demand, shortage: remaining, weeks: placed };
}

/** Whether a service needs more sessions in the window. */
export const isShortOfSlots = (result: SlotShortageResult): boolean => result.shortage > 0;
