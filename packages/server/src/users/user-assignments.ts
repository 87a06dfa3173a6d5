import { randomUUID } from 'node:crypto';
import {
  authorize,
  canGrantAssignment,
  canSeeUser,
  conflict,
  notFound,
  outOfScope,
  yesterdayInMorocco,
  type AssignmentInput,
  type User,
} from '@tansiq/domain';
import { endRoleAssignment, findUserById, insertAuditEvent, insertRoleAssignment, type Db } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import { auditEventFor } from '../audit/audit-event-for';
import { checkAssignmentScope } from './check-assignment-scope';

async function getSeenUser(db: Db, context: RequestContext, id: string): Promise<User> {
  const user = await findUserById(db, id);
  if (!user) {
    throw notFound('user');
  }
  if (!canSeeUser(context.actor, user)) {
    throw outOfScope('user');
  }
  return user;
}

/**
 * Grants a role over a scope.
 * @throws AppError not_found, forbidden (role or scope beyond the actor's reach), validation_failed.
 */
export async function addAssignment(
  db: Db,
  context: RequestContext,
  userId: string,
  input: AssignmentInput,
): Promise<User> {
  const user = await getSeenUser(db, context, userId);
  authorize({ visible: true, allowed: canGrantAssignment(context.actor, input), entity: 'user' });
  await checkAssignmentScope(db, input, []);
  await db.transaction(async (tx) => {
    const id = randomUUID();
    await insertRoleAssignment(tx, { ...input, id, userId, createdBy: context.actor.userId });
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'user.assignment.add',
        entityType: 'user',
        entityId: userId,
        gstId: input.gstId ?? user.homeGstId,
        details: { assignmentId: id, role: input.role, scopeLevel: input.scopeLevel },
      }),
    );
  });
  return (await findUserById(db, userId)) ?? user;
}

/**
 * Ends a role at once: its last valid day becomes yesterday (roles are never deleted: who could do what, when, stays
 * known).
 * @throws AppError not_found, forbidden, conflict (already ended).
 */
export async function endAssignment(
  db: Db,
  context: RequestContext,
  userId: string,
  assignmentId: string,
): Promise<User> {
  const user = await getSeenUser(db, context, userId);
  const assignment = user.assignments.find((candidate) => candidate.id === assignmentId);
  if (!assignment) {
    throw notFound('assignment');
  }
  authorize({ visible: true, allowed: canGrantAssignment(context.actor, assignment), entity: 'user' });
  if (userId === context.actor.userId) {
    // Another administrator must do it: ending one's own role could leave the GST without an administrator.
    throw conflict('You cannot end your own role');
  }
  await db.transaction(async (tx) => {
    if (!(await endRoleAssignment(tx, userId, assignmentId, yesterdayInMorocco()))) {
      throw conflict('This role has already ended');
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'user.assignment.end',
        entityType: 'user',
        entityId: userId,
        gstId: assignment.gstId ?? user.homeGstId,
        details: { assignmentId, role: assignment.role },
      }),
    );
  });
  return (await findUserById(db, userId)) ?? user;
}
