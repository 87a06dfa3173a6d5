import { randomUUID } from 'node:crypto';
import {
  assertStaffAssignmentChange,
  authorize,
  canImportStaff,
  isAppError,
  notFound,
  readStaffCsv,
  toRegionalStaffId,
  unprocessable,
  validationFailed,
  type EstablishmentStanding,
  type FieldIssue,
  type StaffCsvRow,
  type StaffImportResult,
  type StaffMember,
} from '@tansiq/domain';
import {
  diffStaffFields,
  findGstById,
  findStaffMembersByKeys,
  insertAuditEvent,
  insertStaffAssignments,
  listEstablishmentNames,
  listEstablishmentStandings,
  nextStaffSerials,
  writeStaffMembers,
  type StaffAssignmentWrite,
  type StaffMemberWrite,
  type Tx,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { seesStaffOf } from './staff-scope';
import { staffFieldsOf, staffIdPrefixOf } from './staff-fields';

interface ImportLookups {
  byNumber: Map<string, StaffMember>;
  byCin: Map<string, StaffMember>;
  establishmentIdByCode: Map<string, string>;
  standings: EstablishmentStanding[];
}

const rowIssue = (row: StaffCsvRow, column: string, message: string): FieldIssue => ({
  path: ['rows', row.rowNumber, column],
  message,
});

/** An update keeps what the file cannot carry: the linked account and the qualifications. */
function planUpdate(row: StaffCsvRow, stored: StaffMember): StaffMemberWrite | null {
  const before = staffFieldsOf(stored);
  const after = { ...row.input, userId: stored.userId, qualifications: stored.qualifications };
  const changes = diffStaffFields(before, after);
  if (Object.keys(changes).length === 0) {
    return null;
  }
  return {
    id: stored.id,
    staffNumber: stored.staffId,
    version: stored.version + 1,
    fields: after,
    action: 'imported',
    changes,
  };
}

function primaryAssignmentOf(
  row: StaffCsvRow,
  id: string,
  lookups: ImportLookups,
): StaffAssignmentWrite | FieldIssue[] | null {
  const primary = row.primaryAssignment;
  if (primary === null) {
    return null;
  }
  const establishmentId = lookups.establishmentIdByCode.get(primary.establishmentCode);
  if (establishmentId === undefined) {
    return [rowIssue(row, 'primary_establishment_code', 'No establishment of this GST has this code')];
  }
  const write = {
    id: randomUUID(),
    staffMemberId: id,
    establishmentId,
    specialtyCode: primary.primarySpecialtyCode,
    kind: 'primary' as const,
    timeShare: primary.timeShare,
    validFrom: primary.validFrom,
    validTo: null,
  };
  try {
    assertStaffAssignmentChange(
      [],
      { ...write, id: null },
      { establishments: lookups.standings, employment: row.input },
    );
  } catch (error) {
    if (isAppError(error)) {
      return [rowIssue(row, 'primary_establishment_code', error.message)];
    }
    throw error;
  }
  return write;
}

interface ImportPlan {
  creates: { row: StaffCsvRow; id: string }[];
  updates: StaffMemberWrite[];
  assignments: StaffAssignmentWrite[];
  issues: FieldIssue[];
}

function planImport(rows: readonly StaffCsvRow[], lookups: ImportLookups): ImportPlan {
  const plan: ImportPlan = { creates: [], updates: [], assignments: [], issues: [] };
  for (const row of rows) {
    const stored = row.staffId === null ? undefined : lookups.byNumber.get(row.staffId);
    if (row.staffId !== null && stored === undefined) {
      plan.issues.push(rowIssue(row, 'staff_id', 'No staff member of this GST has this staff id'));
      continue;
    }
    const cinOwner = row.input.cin === null ? undefined : lookups.byCin.get(row.input.cin);
    if (cinOwner !== undefined && cinOwner.id !== stored?.id) {
      plan.issues.push(rowIssue(row, 'cin', `Already registered for ${cinOwner.staffId}`));
      continue;
    }
    if (stored !== undefined) {
      const update = planUpdate(row, stored);
      plan.updates.push(...(update === null ? [] : [update]));
      continue;
    }
    const id = randomUUID();
    const assignment = primaryAssignmentOf(row, id, lookups);
    if (Array.isArray(assignment)) {
      plan.issues.push(...assignment);
      continue;
    }
    plan.creates.push({ row, id });
    plan.assignments.push(...(assignment === null ? [] : [assignment]));
  }
  return plan;
}

async function loadLookups(tx: Tx, gstId: string, rows: readonly StaffCsvRow[]): Promise<ImportLookups> {
  const staffNumbers = rows.flatMap((row) => (row.staffId === null ? [] : [row.staffId]));
  const cins = rows.flatMap((row) => (row.input.cin === null ? [] : [row.input.cin]));
  const existing = await findStaffMembersByKeys(tx, gstId, { staffNumbers, cins });
  const establishments = await listEstablishmentNames(tx, gstId);
  return {
    byNumber: new Map(existing.map((member) => [member.staffId, member])),
    byCin: new Map(existing.flatMap((member) => (member.cin === null ? [] : [[member.cin, member] as const]))),
    establishmentIdByCode: new Map(establishments.map((item) => [item.code, item.id])),
    standings: await listEstablishmentStandings(
      tx,
      gstId,
      establishments.map((item) => item.id),
    ),
  };
}

/**
 * Imports a staff CSV, all or nothing: rows with a staff id update that person (not their assignments), the others
 * register new people with their primary assignment. Re-importing an export changes nothing.
 * @throws AppError not_found, forbidden, validation_failed (file errors by row and column), unprocessable (rows
 * that clash with the registry: unknown staff id or establishment code, CIN taken, assignment rule).
 */
export async function importStaff(
  db: Db,
  context: RequestContext,
  gstId: string,
  text: string,
): Promise<StaffImportResult> {
  const visible = seesStaffOf(context.actor, gstId);
  authorize({ visible, allowed: canImportStaff(context.actor, gstId), entity: 'GST', gstId });
  const read = readStaffCsv(text);
  if (!read.ok) {
    throw validationFailed(`The file has ${read.issues.length} problem(s); nothing was imported`, read.issues);
  }
  return db.transaction(async (tx) => {
    const gst = await findGstById(tx, gstId);
    if (!gst) {
      throw notFound('GST');
    }
    const plan = planImport(read.rows, await loadLookups(tx, gstId, read.rows));
    if (plan.issues.length > 0) {
      throw unprocessable(`${plan.issues.length} row problem(s); nothing was imported`, plan.issues);
    }
    const serials = await nextStaffSerials(tx, gstId, plan.creates.length);
    const creates: StaffMemberWrite[] = plan.creates.map(({ row, id }, index) => ({
      id,
      staffNumber: toRegionalStaffId(staffIdPrefixOf(gst.code), serials[index] ?? 0),
      version: 1,
      fields: row.input,
      action: 'imported',
      changes: diffStaffFields(null, row.input),
    }));
    await writeStaffMembers(tx, gstId, [...creates, ...plan.updates], context.actor.userId);
    await insertStaffAssignments(tx, gstId, plan.assignments, context.actor.userId);
    const result = { created: creates.length, updated: plan.updates.length };
    await insertAuditEvent(
      tx,
      auditEventFor(context, { action: 'staff_member.import', entityType: 'staff_member', gstId, details: result }),
    );
    return result;
  });
}
