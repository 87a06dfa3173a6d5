import { z } from 'zod';
import { cadreSchema } from '../staff/cadres';
import { rosterLineKinds } from './roster-problem';

const swapShiftSchema = z.object({
  shiftId: z.string(),
  lineName: z.string(),
  kind: z.enum(rosterLineKinds),
  day: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
});
export type RosterSwapShift = z.output<typeof swapShiftSchema>;

/**
 * What the swap form offers for one shift (`GET /api/rosters/:id/shifts/:shiftId/swap-options`): the shift, its
 * holder, the establishment the request is placed at, and the colleagues who could take it without breaking a rule
 * (names and cadre only), each with the shifts of theirs the holder could take in exchange.
 */
export const rosterSwapOptionsSchema = z.object({
  rosterId: z.uuid(),
  originEstablishmentId: z.uuid(),
  shift: swapShiftSchema,
  holder: z.object({ staffId: z.uuid(), name: z.string() }),
  colleagues: z.array(
    z.object({
      staffId: z.uuid(),
      name: z.string(),
      cadre: cadreSchema,
      replacement: z.boolean(),
      exchangeShifts: z.array(swapShiftSchema),
    }),
  ),
});
export type RosterSwapOptions = z.output<typeof rosterSwapOptionsSchema>;

export const rosterSwapOptionsParamsSchema = z.strictObject({ id: z.uuid(), shiftId: z.string().min(1).max(200) });

/**
 * A swap request as its parties see it (`GET /api/approval-requests/:id/roster-swap`): the shift, the holder, the
 * colleague, the exchange shift, and while it is pending, whether the roster as it stands today still allows it.
 */
export const rosterSwapViewSchema = z.object({
  rosterId: z.uuid(),
  month: z.string(),
  shift: swapShiftSchema.nullable(),
  holder: z.object({ staffId: z.uuid(), name: z.string() }),
  colleague: z.object({ staffId: z.uuid(), name: z.string(), cadre: cadreSchema.nullable() }),
  counterShift: swapShiftSchema.nullable(),
  reason: z.string().nullable(),
  /** Null once decided; otherwise the rules the swap would break today (empty: it can be approved). */
  brokenRules: z.array(z.object({ code: z.string(), message: z.string() })).nullable(),
});
export type RosterSwapView = z.output<typeof rosterSwapViewSchema>;
