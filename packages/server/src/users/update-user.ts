import {
  authorize,
  canEditUser,
  canSeeUser,
  conflict,
  notFound,
  type UpdateUserInput,
  type User,
} from '@tansiq/domain';
import { findUserById, insertAuditEvent, revokeUserSessions, updateUserRow, type Db } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import { auditEventFor } from '../audit/audit-event-for';
import { hashPassword } from '../auth/password';

/**
 * Changes an account. Deactivating it or setting a new password ends its open sessions.
 * @throws AppError not_found (outside scope), forbidden, conflict (deactivating oneself).
 */
export async function updateUser(db: Db, context: RequestContext, id: string, input: UpdateUserInput): Promise<User> {
  const user = await findUserById(db, id);
  if (!user) {
    throw notFound('user');
  }
  authorize({ visible: canSeeUser(context.actor, user), allowed: canEditUser(context.actor, user), entity: 'user' });
  if (input.isActive === false && id === context.actor.userId) {
    throw conflict('You cannot deactivate your own account');
  }
  if (Object.keys(input).length === 0) {
    return user;
  }
  const { password, ...fields } = input;
  const passwordHash = password === undefined ? undefined : await hashPassword(password);
  await db.transaction(async (tx) => {
    await updateUserRow(tx, id, { ...fields, ...(passwordHash ? { passwordHash } : {}) });
    if (input.isActive === false || passwordHash) {
      await revokeUserSessions(tx, id);
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'user.update',
        entityType: 'user',
        entityId: id,
        gstId: user.homeGstId,
        details: { fields: Object.keys(input) },
      }),
    );
  });
  return (await findUserById(db, id)) ?? user;
}
