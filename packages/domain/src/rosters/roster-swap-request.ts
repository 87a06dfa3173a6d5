import { z } from 'zod';
import { requestTypeConfigSchema, type RequestTypeConfig } from '../approvals/approval-chain';
import { defineRequestType } from '../approvals/request-type';
import type { RosterAssignment } from './roster-problem';

/**
 * A roster swap (issue #5 §6): the holder of a shift of a published roster hands it to a colleague, either as a plain
 * replacement or as an exchange where the holder takes one of the colleague's shifts of the same roster. It goes
 * through the approvals; its final approval applies the swap as a manual roster edit, with the rules checked again.
 */
export const ROSTER_SWAP_REQUEST_TYPE = 'roster_swap';

const shiftIdSchema = z.string().min(1).max(200);

export const rosterSwapSubjectSchema = z
  .strictObject({
    rosterId: z.uuid(),
    shiftId: shiftIdSchema,
    /** The holder when the request was raised: the swap applies only while they still hold the shift. */
    fromStaffMemberId: z.uuid(),
    toStaffMemberId: z.uuid(),
    /** One of the colleague's shifts of the same roster that the holder takes in exchange; null: a replacement. */
    counterShiftId: shiftIdSchema.nullable().default(null),
    reason: z.string().trim().max(2_000).nullable().default(null),
  })
  .superRefine((subject, context) => {
    if (subject.fromStaffMemberId === subject.toStaffMemberId) {
      context.addIssue({ code: 'custom', path: ['toStaffMemberId'], message: 'The colleague is the holder' });
    }
    if (subject.counterShiftId === subject.shiftId) {
      context.addIssue({ code: 'custom', path: ['counterShiftId'], message: 'A shift cannot be exchanged for itself' });
    }
  });
export type RosterSwapSubject = z.infer<typeof rosterSwapSubjectSchema>;
export type RosterSwapSubjectInput = z.input<typeof rosterSwapSubjectSchema>;

/** A swap has neither amount nor duration: one chain applies to every swap. */
export const rosterSwapRequestType = defineRequestType<RosterSwapSubject>({
  type: ROSTER_SWAP_REQUEST_TYPE,
  subjectSchema: rosterSwapSubjectSchema,
  measure: () => ({ amount: null, durationDays: null }),
  measured: { amount: false, duration: false },
});

/**
 * The default chain of a GST that has configured none: the administrator of the origin establishment (where the
 * holder works on the line) decides within 2 working days. A pooled line is decided at the holder's establishment too:
 * the person who answers for the holder's duty is their own director, and the rules (rest, maxima, leave) that protect
 * the other establishment are checked by the server at raising and again at approval, whoever approves.
 */
export const defaultRosterSwapConfig: RequestTypeConfig = requestTypeConfigSchema.parse({
  type: ROSTER_SWAP_REQUEST_TYPE,
  chains: [
    {
      steps: [
        { approver: { role: 'establishment_admin', scope: 'origin_establishment' }, respondWithinWorkingDays: 2 },
      ],
    },
  ],
});

/** The holder changes a swap makes, as a manual roster edit: the colleague takes the shift, the holder theirs. */
export const rosterSwapChanges = (
  subject: Pick<RosterSwapSubject, 'shiftId' | 'fromStaffMemberId' | 'toStaffMemberId' | 'counterShiftId'>,
): { shiftId: string; staffId: string }[] => [
  { shiftId: subject.shiftId, staffId: subject.toStaffMemberId },
  ...(subject.counterShiftId === null ? [] : [{ shiftId: subject.counterShiftId, staffId: subject.fromStaffMemberId }]),
];

/** A roster's assignments with some holders changed (a shift set to a new holder loses its former one). */
export function withRosterChanges(
  assignments: readonly RosterAssignment[],
  changes: readonly { shiftId: string; staffId: string }[],
): RosterAssignment[] {
  const holders = new Map(changes.map((change) => [change.shiftId, change.staffId]));
  return [
    ...assignments.filter((assignment) => !holders.has(assignment.shiftId)),
    ...changes.map(({ shiftId, staffId }) => ({ shiftId, staffId })),
  ];
}

/**
 * Where a swap sits: the first of the line's establishments where the holder works, or the line's first (a holder
 * serving a line through the line's list of eligible staff may work elsewhere).
 */
export function rosterSwapOrigin(
  lineEstablishmentIds: readonly string[],
  holderEstablishmentIds: readonly string[],
): string | undefined {
  return lineEstablishmentIds.find((id) => holderEstablishmentIds.includes(id)) ?? lineEstablishmentIds[0];
}
