import { randomUUID } from 'node:crypto';
import { generateDefaultPathwayMap, validatePathwayMap } from '@tansiq/domain';
import {
  insertAuditEvent,
  insertPathwayMapDraft,
  listPathwayEstablishments,
  listPathwayMapVersions,
  publishPathwayMap,
  type Db,
} from '@tansiq/db';
import { systemRequestId } from '../audit/system-request-id';

/** The specialties of the demo's pathway maps: those the TTA demo hospitals offer at several levels. */
export const demoPathwaySpecialties = [
  'cardiology',
  'paediatrics',
  'gynaecology_obstetrics',
  'general_surgery',
  'ophthalmology',
  'psychiatry',
  'internal_medicine',
  'endocrinology',
] as const;

/** Every demo map is in force from this day. */
export const demoPathwayEffectiveFrom = '2026-01-01';

/**
 * Generates and publishes the default pathway map of each demo specialty (version 1). Runs once: does nothing when the
 * GST has maps already.
 * @throws Error when a generated map does not validate (the demo registry and the generator disagree).
 */
export async function seedDemoPathways(db: Db, gstId: string): Promise<{ maps: number }> {
  if ((await listPathwayMapVersions(db, gstId, undefined, demoPathwayEffectiveFrom)).length > 0) {
    return { maps: 0 };
  }
  const establishments = await listPathwayEstablishments(db, gstId);
  await db.transaction(async (tx) => {
    for (const specialtyCode of demoPathwaySpecialties) {
      const origins = generateDefaultPathwayMap(establishments, specialtyCode);
      const issues = validatePathwayMap({ specialtyCode, origins }, establishments);
      if (issues.length > 0) {
        throw new Error(
          `The demo pathway map of ${specialtyCode} has ${issues.length} issues, e.g. ${issues[0]?.message}`,
        );
      }
      const id = randomUUID();
      await insertPathwayMapDraft(tx, gstId, { id, specialtyCode, version: 1, notes: null, createdBy: null }, origins);
      await publishPathwayMap(tx, gstId, id, {
        revision: 1,
        effectiveFrom: demoPathwayEffectiveFrom,
        publishedBy: null,
      });
    }
    await insertAuditEvent(tx, {
      actorUserId: null,
      actorRole: null,
      actorEstablishmentId: null,
      gstId,
      action: 'demo.seed_pathways',
      entityType: 'gst',
      entityId: gstId,
      patientId: null,
      purpose: 'demonstration',
      outcome: 'success',
      requestId: systemRequestId(),
      ip: null,
      details: { specialties: [...demoPathwaySpecialties], effectiveFrom: demoPathwayEffectiveFrom },
    });
  });
  return { maps: demoPathwaySpecialties.length };
}
