import { z } from 'zod';
import type { Actor, Role, RoleAssignment } from '../auth/roles';
import { moroccoInstant, type WorkingCalendar } from '../referrals/working-calendar';
import { requestTypeConfigSchema, type RequestTypeConfig } from './approval-chain';
import type { ApprovalDelegation } from './approval-delegation';
import type { ApprovalRequestRecord } from './approval-request-record';
import { defineRequestType } from './request-type';

/** A small synthetic GST for the approval tests: readable UUIDs, one origin and one destination establishment. */
const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

export const gstId = id(1);
export const otherGstId = id(2);
export const originId = id(11);
export const destinationId = id(12);
export const elsewhereId = id(13);

/** A role at the GST level (`at` null) or at an establishment. */
export function assignment(role: Role, at: string | null = null, gst: string = gstId): RoleAssignment {
  return at === null
    ? { role, scopeLevel: 'gst', gstId: gst, provinceCode: null, establishmentId: null }
    : { role, scopeLevel: 'establishment', gstId: gst, provinceCode: null, establishmentId: at };
}

export function actor(n: number, ...assignments: RoleAssignment[]): Actor {
  return { userId: id(100 + n), username: `user${n}`, displayName: `User ${n}`, assignments };
}

export const requester = actor(1, assignment('nurse', originId));
export const originDirector = actor(2, assignment('establishment_admin', originId));
export const gstHrOfficer = actor(3, assignment('hr_officer'));
export const gstDirector = actor(4, assignment('gst_director'));
export const destinationDirector = actor(5, assignment('establishment_admin', destinationId));
export const originHrOfficer = actor(6, assignment('hr_officer', originId));
export const otherGstHrOfficer = actor(7, assignment('hr_officer', null, otherGstId));
export const outsider = actor(8, assignment('physician', elsewhereId));
export const deputy = actor(9, assignment('physician', originId));
/** A director who asks for something themselves. */
export const requestingDirector = actor(10, assignment('establishment_admin', originId));

/** A temporary mission: up to 30 days the origin's director then the GST's HR officer; longer, the GST director too. */
export const missionConfig: RequestTypeConfig = requestTypeConfigSchema.parse({
  type: 'temporary_mission',
  chains: [
    {
      when: { durationUpToDays: 30 },
      steps: [
        { approver: { role: 'establishment_admin', scope: 'origin_establishment' }, respondWithinWorkingDays: 2 },
        { approver: { role: 'hr_officer', scope: 'gst' }, respondWithinWorkingDays: 3 },
      ],
    },
    {
      when: { durationOverDays: 30 },
      steps: [
        { approver: { role: 'establishment_admin', scope: 'origin_establishment' }, respondWithinWorkingDays: 2 },
        { approver: { role: 'establishment_admin', scope: 'destination_establishment' }, respondWithinWorkingDays: 2 },
        { approver: { role: 'hr_officer', scope: 'gst' }, respondWithinWorkingDays: 3 },
        { approver: { role: 'gst_director', scope: 'gst' }, respondWithinWorkingDays: 5 },
      ],
    },
  ],
});

export const missionSubjectSchema = z
  .object({ staffId: z.uuid(), from: z.iso.date(), to: z.iso.date() })
  .strict()
  .refine((mission) => mission.from <= mission.to, { message: 'The mission ends before it starts', path: ['to'] });
export type MissionSubject = z.infer<typeof missionSubjectSchema>;

/** Both ends count: a mission from Monday to Friday lasts 5 days. */
export const missionType = defineRequestType<MissionSubject>({
  type: 'temporary_mission',
  subjectSchema: missionSubjectSchema,
  measure: (mission) => ({
    amount: null,
    durationDays: (Date.parse(mission.to) - Date.parse(mission.from)) / 86_400_000 + 1,
  }),
});

/** Monday to Friday, with the Amazigh New Year (Wednesday 14 January 2026) off. */
export const calendar: WorkingCalendar = { workingWeekdays: [1, 2, 3, 4, 5], holidays: new Set(['2026-01-14']) };

/** Morocco wall-clock time in January 2026 (UTC+1). Friday 9 January, Monday 12 January… */
export const at = (day: string, time = '10:00'): Date => moroccoInstant(day, time);

/** A draft mission request of `durationDays`, from the requester of the origin to the destination. */
export function draftMission(durationDays = 10, overrides: Partial<ApprovalRequestRecord> = {}): ApprovalRequestRecord {
  return {
    id: id(500),
    gstId,
    type: 'temporary_mission',
    subject: { staffId: id(900), from: '2026-02-01', to: '2026-02-10' },
    requesterUserId: requester.userId,
    originEstablishmentId: originId,
    destinationEstablishmentId: destinationId,
    amount: null,
    durationDays,
    status: 'draft',
    currentStep: null,
    steps: [],
    version: 1,
    createdAt: at('2026-01-08').toISOString(),
    firstSubmittedAt: null,
    submittedAt: null,
    decidedAt: null,
    withdrawnAt: null,
    ...overrides,
  };
}

/** A delegation from `approver` to `delegate`, in January 2026 by default, for every type. */
export function delegation(
  approver: Actor,
  delegate: Actor,
  overrides: Partial<ApprovalDelegation> = {},
): ApprovalDelegation {
  return {
    id: id(700),
    gstId,
    approverUserId: approver.userId,
    delegateUserId: delegate.userId,
    validFrom: '2026-01-01',
    validTo: '2026-01-31',
    requestTypes: null,
    approverAssignments: approver.assignments,
    ...overrides,
  };
}
