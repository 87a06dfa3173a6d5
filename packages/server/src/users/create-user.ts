import { randomUUID } from 'node:crypto';
import {
  canGrantAssignment,
  canManageNationalUsers,
  canManageUsers,
  conflict,
  forbidden,
  type CreateUserInput,
  type User,
} from '@tansiq/domain';
import {
  findUserById,
  findUserCredentials,
  insertAuditEvent,
  insertRoleAssignment,
  insertUser,
  type Db,
} from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import { auditEventFor } from '../audit/audit-event-for';
import { hashPassword } from '../auth/password';
import { checkAssignmentScope } from './check-assignment-scope';

/**
 * Creates an account with its first roles. A GST admin creates accounts of their own GST only and cannot grant
 * national roles.
 * @throws AppError forbidden, validation_failed, conflict (username taken).
 */
export async function createUser(db: Db, context: RequestContext, input: CreateUserInput): Promise<User> {
  const allowedHome =
    input.homeGstId === null ? canManageNationalUsers(context.actor) : canManageUsers(context.actor, input.homeGstId);
  if (!allowedHome || !input.assignments.every((assignment) => canGrantAssignment(context.actor, assignment))) {
    throw forbidden('You cannot create this account or grant these roles');
  }
  for (const [index, assignment] of input.assignments.entries()) {
    await checkAssignmentScope(db, assignment, ['assignments', index]);
  }
  if (await findUserCredentials(db, input.username)) {
    throw conflict('This username is taken', [{ path: ['username'], message: 'This username is taken' }]);
  }
  const id = randomUUID();
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    await insertUser(tx, {
      id,
      username: input.username,
      displayName: input.displayName,
      email: input.email,
      passwordHash,
      locale: input.locale,
      homeGstId: input.homeGstId,
      isDemo: false,
    });
    for (const assignment of input.assignments) {
      await insertRoleAssignment(tx, { ...assignment, id: randomUUID(), userId: id, createdBy: context.actor.userId });
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'user.create',
        entityType: 'user',
        entityId: id,
        gstId: input.homeGstId,
        details: { roles: input.assignments.map((assignment) => `${assignment.role}@${assignment.scopeLevel}`) },
      }),
    );
  });
  const user = await findUserById(db, id);
  if (!user) {
    throw new Error('The user was not stored');
  }
  return user;
}
