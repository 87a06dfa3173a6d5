import { and, asc, count, eq, gt, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Assignment, AssignmentInput, User } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { establishments, roleAssignments, users } from '../schema/index';

type UserRow = typeof users.$inferSelect;

/** A user with the password hash, for the login check only; never presented. */
export interface UserCredentials {
  id: string;
  username: string;
  passwordHash: string;
  isActive: boolean;
}

export async function findUserCredentials(executor: Executor, username: string): Promise<UserCredentials | undefined> {
  const [row] = await executor
    .select({ id: users.id, username: users.username, passwordHash: users.passwordHash, isActive: users.isActive })
    .from(users)
    .where(eq(users.username, username));
  return row;
}

async function loadAssignments(executor: Executor, userIds: string[]): Promise<Map<string, Assignment[]>> {
  const byUser = new Map<string, Assignment[]>();
  if (userIds.length === 0) {
    return byUser;
  }
  const rows = await executor
    .select({ assignment: roleAssignments, establishmentName: establishments.nameFr })
    .from(roleAssignments)
    .leftJoin(
      establishments,
      and(eq(establishments.gstId, roleAssignments.gstId), eq(establishments.id, roleAssignments.establishmentId)),
    )
    .where(inArray(roleAssignments.userId, userIds))
    .orderBy(asc(roleAssignments.validFrom), asc(roleAssignments.id));
  for (const { assignment, establishmentName } of rows) {
    const list = byUser.get(assignment.userId) ?? [];
    list.push({
      id: assignment.id,
      role: assignment.role as Assignment['role'],
      scopeLevel: assignment.scopeLevel as Assignment['scopeLevel'],
      gstId: assignment.gstId,
      provinceCode: assignment.provinceCode,
      establishmentId: assignment.establishmentId,
      establishmentName,
      validFrom: assignment.validFrom,
      validTo: assignment.validTo,
    });
    byUser.set(assignment.userId, list);
  }
  return byUser;
}

const toUser = (row: UserRow, assignments: Assignment[]): User => ({
  id: row.id,
  username: row.username,
  displayName: row.displayName,
  email: row.email,
  locale: row.locale as User['locale'],
  homeGstId: row.homeGstId,
  isActive: row.isActive,
  isDemo: row.isDemo,
  lastLoginAt: row.lastLoginAt ? row.lastLoginAt.toISOString() : null,
  assignments,
});

export async function findUserById(executor: Executor, id: string): Promise<User | undefined> {
  const [row] = await executor.select().from(users).where(eq(users.id, id));
  if (!row) {
    return undefined;
  }
  return toUser(row, (await loadAssignments(executor, [row.id])).get(row.id) ?? []);
}

/**
 * Users visible to an administrator: those whose home GST is in scope or who hold a role in it.
 * `gstIds` 'all' for national administrators.
 */
export async function listUsers(
  executor: Executor,
  scope: { gstIds: 'all' | string[] },
  query: { gstId?: string; q?: string; page: number; pageSize: number },
): Promise<{ items: User[]; total: number }> {
  const conditions: SQL[] = [];
  const inGsts = (ids: string[]) =>
    or(
      inArray(users.homeGstId, ids),
      sql`exists (select 1 from role_assignments r where r.user_id = ${users.id} and r.gst_id in ${ids})`,
    );
  if (scope.gstIds !== 'all') {
    if (scope.gstIds.length === 0) {
      return { items: [], total: 0 };
    }
    conditions.push(inGsts(scope.gstIds) ?? sql`false`);
  }
  if (query.gstId) {
    conditions.push(inGsts([query.gstId]) ?? sql`false`);
  }
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    conditions.push(or(ilike(users.username, pattern), ilike(users.displayName, pattern)) ?? sql`false`);
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [totalRow] = await executor.select({ total: count() }).from(users).where(where);
  const rows = await executor
    .select()
    .from(users)
    .where(where)
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const assignments = await loadAssignments(
    executor,
    rows.map((row) => row.id),
  );
  return { total: totalRow?.total ?? 0, items: rows.map((row) => toUser(row, assignments.get(row.id) ?? [])) };
}

export async function insertUser(
  tx: Tx,
  user: {
    id: string;
    username: string;
    displayName: string;
    email: string | null;
    passwordHash: string;
    locale: string;
    homeGstId: string | null;
    isDemo: boolean;
  },
): Promise<void> {
  await tx.insert(users).values(user);
}

export async function updateUserRow(
  tx: Executor,
  id: string,
  fields: Partial<{
    displayName: string;
    email: string | null;
    isActive: boolean;
    passwordHash: string;
    locale: string;
    lastLoginAt: Date;
  }>,
): Promise<void> {
  await tx
    .update(users)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(users.id, id));
}

export async function insertRoleAssignment(
  tx: Tx,
  assignment: AssignmentInput & { id: string; userId: string; createdBy: string | null },
): Promise<void> {
  await tx.insert(roleAssignments).values(assignment);
}

/**
 * Ends an assignment: its last valid day becomes `lastDay` (assignments are never deleted: who held which role when
 * is history). Returns false when it had already ended by then.
 */
export async function endRoleAssignment(
  tx: Tx,
  userId: string,
  assignmentId: string,
  lastDay: string,
): Promise<boolean> {
  const rows = await tx
    .update(roleAssignments)
    .set({ validTo: lastDay })
    .where(
      and(
        eq(roleAssignments.id, assignmentId),
        eq(roleAssignments.userId, userId),
        or(isNull(roleAssignments.validTo), gt(roleAssignments.validTo, lastDay)),
      ),
    )
    .returning({ id: roleAssignments.id });
  return rows.length > 0;
}
