import { activeRoleAssignments, isNational, notFound, todayInMorocco, type Me } from '@tansiq/domain';
import { findUserById, listGsts, type Executor } from '@tansiq/db';

/** What the web app learns about the signed-in user: the account, the CSRF token and the GSTs in reach. */
export async function presentMe(executor: Executor, userId: string, csrfToken: string, demoMode: boolean): Promise<Me> {
  const user = await findUserById(executor, userId);
  if (!user) {
    throw notFound('user');
  }
  const assignments = activeRoleAssignments(user.assignments, todayInMorocco());
  const national = isNational({ userId, username: user.username, displayName: user.displayName, assignments });
  const gstIds = new Set(assignments.flatMap((assignment) => (assignment.gstId ? [assignment.gstId] : [])));
  const gsts = (await listGsts(executor)).filter((gst) => national || gstIds.has(gst.id));
  return {
    user,
    csrfToken,
    gsts: gsts.map(({ id, code, nameFr, nameAr, regionCode }) => ({ id, code, nameFr, nameAr, regionCode })),
    demoMode,
  };
}
