import {
  canManageNationalUsers,
  canManageUsers,
  forbidden,
  visibleGstIds,
  type ListUsersQuery,
  type User,
} from '@tansiq/domain';
import { listUsers, type Db } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';

/**
 * The accounts an administrator manages: every account for a national admin, the accounts of their GSTs for a GST
 * admin.
 * @throws AppError forbidden for actors who administer no GST.
 */
export async function listManagedUsers(
  db: Db,
  context: RequestContext,
  query: ListUsersQuery,
): Promise<{ items: User[]; total: number; page: number; pageSize: number }> {
  const national = canManageNationalUsers(context.actor);
  const gstIds = visibleGstIds(context.actor);
  const managed = national
    ? 'all'
    : gstIds === 'all'
      ? []
      : gstIds.filter((gstId) => canManageUsers(context.actor, gstId));
  if (managed !== 'all' && managed.length === 0) {
    throw forbidden();
  }
  const page = await listUsers(db, { gstIds: managed }, query);
  return { ...page, page: query.page, pageSize: query.pageSize };
}
