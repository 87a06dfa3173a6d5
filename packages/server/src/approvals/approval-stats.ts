import { z } from 'zod';
import {
  addDays,
  forbidden,
  moroccoDay,
  summariseTimeToDecision,
  type Actor,
  type TimeToDecisionStats,
} from '@tansiq/domain';
import { findWorkingCalendar, listSubmittedRequests, type Db } from '@tansiq/db';

export const approvalStatsQuerySchema = z.strictObject({ since: z.iso.date().optional() });

const statsRoles = new Set(['hr_officer', 'gst_director', 'gst_admin', 'analyst']);

/** The GST whose figures the actor may see: one where they hold a GST-wide management or analysis role. */
function statsGstOf(actor: Actor): string {
  const assignment = actor.assignments.find(
    (a) => a.scopeLevel === 'gst' && statsRoles.has(a.role) && a.gstId !== null,
  );
  if (!assignment?.gstId) {
    throw forbidden('Only the GST management sees the time to decision');
  }
  return assignment.gstId;
}

/**
 * Time from submission to decision per request type (issue #5 §4), over the requests first submitted since a date
 * (a year by default): count, median and 90th percentile in hours and working days.
 * @throws AppError forbidden
 */
export async function getApprovalStats(
  db: Db,
  actor: Actor,
  query: z.infer<typeof approvalStatsQuerySchema>,
): Promise<TimeToDecisionStats> {
  const gstId = statsGstOf(actor);
  const since = query.since ?? addDays(moroccoDay(new Date()), -365);
  const requests = await listSubmittedRequests(db, gstId, since);
  const calendar = await findWorkingCalendar(db, gstId);
  return {
    items: summariseTimeToDecision(
      requests.map((stored) => stored.record),
      calendar,
    ),
  };
}
