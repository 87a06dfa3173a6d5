import { z } from 'zod';
import { requestTypeConfigSchema, type RequestTypeConfig } from '../approvals/approval-chain';
import { defineRequestType } from '../approvals/request-type';
import { specialtyCodes } from '../establishments/specialties';

/**
 * Mobility (issue #5 §5), the first user of the approvals module: a temporary mission, a secondment, a permanent
 * transfer, or pooling for a campaign; raised by an establishment (its admin or HR) or by the staff member. Approval
 * creates the assignment: an additional one (time share, dates) or, for a permanent transfer, a new primary one.
 */
export const MOBILITY_REQUEST_TYPE = 'mobility';

export const mobilityKinds = ['temporary_mission', 'secondment', 'permanent_transfer', 'campaign_pooling'] as const;
export type MobilityKind = (typeof mobilityKinds)[number];

export const mobilitySubjectSchema = z
  .strictObject({
    kind: z.enum(mobilityKinds),
    staffMemberId: z.uuid(),
    fromEstablishmentId: z.uuid(),
    toEstablishmentId: z.uuid(),
    toSpecialtyCode: z
      .enum(specialtyCodes as [string, ...string[]])
      .nullable()
      .default(null),
    startsOn: z.iso.date(),
    /** The last day, inclusive; none for a permanent transfer. */
    endsOn: z.iso.date().nullable().default(null),
    /** Share of the person's time at the destination; a permanent transfer moves all of it. */
    timeShare: z.number().int().min(1).max(100),
    reason: z.string().trim().max(2_000).nullable().default(null),
  })
  .superRefine((subject, context) => {
    if (subject.fromEstablishmentId === subject.toEstablishmentId) {
      context.addIssue({ code: 'custom', path: ['toEstablishmentId'], message: 'The destination is the origin' });
    }
    if (subject.kind === 'permanent_transfer') {
      if (subject.endsOn !== null) {
        context.addIssue({ code: 'custom', path: ['endsOn'], message: 'A permanent transfer has no end date' });
      }
      if (subject.timeShare !== 100) {
        context.addIssue({ code: 'custom', path: ['timeShare'], message: 'A permanent transfer moves 100 %' });
      }
      return;
    }
    if (subject.endsOn === null) {
      context.addIssue({ code: 'custom', path: ['endsOn'], message: 'The end date is required' });
    } else if (subject.endsOn < subject.startsOn) {
      context.addIssue({ code: 'custom', path: ['endsOn'], message: 'The mobility ends before it starts' });
    }
  });
export type MobilitySubject = z.infer<typeof mobilitySubjectSchema>;
export type MobilitySubjectInput = z.input<typeof mobilitySubjectSchema>;

/** Calendar days, both ends counted; null (no duration) for a permanent transfer. */
export function mobilityDurationDays(subject: Pick<MobilitySubject, 'startsOn' | 'endsOn'>): number | null {
  return subject.endsOn === null ? null : (Date.parse(subject.endsOn) - Date.parse(subject.startsOn)) / 86_400_000 + 1;
}

export const mobilityRequestType = defineRequestType<MobilitySubject>({
  type: MOBILITY_REQUEST_TYPE,
  subjectSchema: mobilitySubjectSchema,
  measure: (subject) => ({ amount: null, durationDays: mobilityDurationDays(subject) }),
  measured: { amount: false, duration: true },
});

/**
 * The default chains of a GST that has configured none: up to 30 days the GST's HR officer decides (the establishment
 * raised it); longer, the host establishment's director agrees first; a permanent transfer (no duration) also goes
 * to the GST director.
 */
export const defaultMobilityConfig: RequestTypeConfig = requestTypeConfigSchema.parse({
  type: MOBILITY_REQUEST_TYPE,
  chains: [
    {
      when: { durationUpToDays: 30 },
      steps: [{ approver: { role: 'hr_officer', scope: 'gst' }, respondWithinWorkingDays: 3 }],
    },
    {
      when: { durationOverDays: 30 },
      steps: [
        { approver: { role: 'establishment_admin', scope: 'destination_establishment' }, respondWithinWorkingDays: 3 },
        { approver: { role: 'hr_officer', scope: 'gst' }, respondWithinWorkingDays: 5 },
      ],
    },
    {
      steps: [
        { approver: { role: 'establishment_admin', scope: 'destination_establishment' }, respondWithinWorkingDays: 3 },
        { approver: { role: 'hr_officer', scope: 'gst' }, respondWithinWorkingDays: 5 },
        { approver: { role: 'gst_director', scope: 'gst' }, respondWithinWorkingDays: 5 },
      ],
    },
  ],
});

/** The creation input of a mobility request, as the form sends it to `POST /api/approval-requests`. */
export const mobilityRequestInputSchema = z.strictObject({
  subject: mobilitySubjectSchema,
  submit: z.boolean().default(true),
});
