import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { insertAuditEvent, insertWisnStandard, queryRows, type Db } from '@tansiq/db';
import { systemRequestId } from '../audit/system-request-id';
import { demoWisnStandards } from './demo-wisn-standards';

/**
 * Seeds the demonstration's default WISN standards, once: nothing is written when the GST already has a standard.
 * Workload then comes from the demo encounters, referrals and tele-expertise; staff from the staff registry demo.
 */
export async function seedDemoWisn(db: Db, gstId: string): Promise<{ standards: number }> {
  const [existing] = await queryRows(db, sql`select count(*)::int as n from wisn_standards where gst_id = ${gstId}`);
  if (Number(existing?.n ?? 0) > 0) {
    return { standards: 0 };
  }
  const standards = demoWisnStandards();
  await db.transaction(async (tx) => {
    for (const standard of standards) {
      await insertWisnStandard(tx, gstId, { id: randomUUID(), standard, createdBy: null });
    }
    await insertAuditEvent(tx, {
      actorUserId: null,
      actorRole: null,
      actorEstablishmentId: null,
      gstId,
      action: 'wisn_standard.seed',
      entityType: 'gst',
      entityId: gstId,
      patientId: null,
      purpose: 'demonstration',
      outcome: 'success',
      requestId: systemRequestId(),
      ip: null,
      details: { standards: standards.length },
    });
  });
  return { standards: standards.length };
}
