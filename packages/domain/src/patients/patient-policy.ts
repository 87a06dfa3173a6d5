import type { Actor, Role } from '../auth/roles';
import { covers } from '../auth/access-policy';

/**
 * Who may do what with patient data (issue #3 §10, DOMAIN.md §9). Patient records are reached through a care
 * relationship: the patient is registered or was seen at one of the actor's establishments. Clinical detail (reasons,
 * diagnoses, outcomes) is for clinicians; the desk sees identity and where the patient was seen.
 */

/** Roles that work with patients at an establishment's desk or bedside. */
export const careRoles: readonly Role[] = ['physician', 'nurse', 'secretary', 'establishment_admin'];
/** Roles that may read clinical detail and break the glass. */
export const clinicalRoles: readonly Role[] = ['physician', 'nurse'];

/** Where a patient stands for access checks: the GST and the establishments with a care relationship. */
export interface PatientAccessTarget {
  gstId: string;
  /** Establishments where the patient is registered or was seen (and, later, has an active referral to). */
  careEstablishmentIds: readonly string[];
}

const holdsAt = (actor: Actor, allowed: readonly Role[], gstId: string, establishmentId: string): boolean =>
  actor.assignments.some(
    (assignment) => allowed.includes(assignment.role) && covers(assignment, { gstId, establishmentId }),
  );

const holdsInGst = (actor: Actor, allowed: readonly Role[], gstId: string): boolean =>
  actor.assignments.some((assignment) => allowed.includes(assignment.role) && assignment.gstId === gstId);

/** The establishments of a GST where the actor holds one of the roles. */
export function establishmentsWhereActor(actor: Actor, allowed: readonly Role[], gstId: string): string[] {
  return actor.assignments.flatMap((assignment) =>
    allowed.includes(assignment.role) && assignment.gstId === gstId && assignment.establishmentId
      ? [assignment.establishmentId]
      : [],
  );
}

/** Registering patients and searching the regional index from an establishment's desk. */
export const canRegisterPatients = (actor: Actor, target: { gstId: string; establishmentId: string }): boolean =>
  holdsAt(actor, careRoles, target.gstId, target.establishmentId);

/** Searching the index of a GST (candidates show identity only, never clinical detail). */
export const canSearchPatients = (actor: Actor, gstId: string): boolean =>
  holdsInGst(actor, careRoles, gstId) || holdsInGst(actor, ['gst_admin'], gstId);

/** A care relationship: a care role at an establishment where the patient is registered or was seen. */
export const hasCareRelationship = (actor: Actor, target: PatientAccessTarget): boolean =>
  target.careEstablishmentIds.some((establishmentId) => holdsAt(actor, careRoles, target.gstId, establishmentId));

/** Managing identities (duplicate review, merges, batch deduplication): the GST administrators. */
export const canManagePatientIdentities = (actor: Actor, gstId: string): boolean =>
  holdsInGst(actor, ['gst_admin'], gstId);

/** Opening a patient's record (identity, registrations, timeline). */
export const canOpenPatient = (actor: Actor, target: PatientAccessTarget, breakGlassActive: boolean): boolean =>
  hasCareRelationship(actor, target) || canManagePatientIdentities(actor, target.gstId) || breakGlassActive;

/** Reading clinical detail: clinicians with a care relationship, or under break-the-glass. */
export const canReadClinicalDetail = (actor: Actor, target: PatientAccessTarget, breakGlassActive: boolean): boolean =>
  breakGlassActive ||
  target.careEstablishmentIds.some((establishmentId) => holdsAt(actor, clinicalRoles, target.gstId, establishmentId));

/** Editing a patient's identity: the desk of an establishment with a care relationship, or identity management. */
export const canEditPatient = (actor: Actor, target: PatientAccessTarget): boolean =>
  hasCareRelationship(actor, target) || canManagePatientIdentities(actor, target.gstId);

/** Recording an encounter at an establishment (the patient gets a care relationship there). */
export const canRecordEncounter = (actor: Actor, target: { gstId: string; establishmentId: string }): boolean =>
  holdsAt(actor, ['physician', 'nurse', 'secretary'], target.gstId, target.establishmentId);

/** Break-the-glass is for clinicians of the GST only; non-clinical roles cannot. */
export const canBreakGlass = (actor: Actor, gstId: string): boolean => holdsInGst(actor, clinicalRoles, gstId);

/** The data-protection officer reviews break-the-glass accesses of their GST. */
export const canReviewBreakGlass = (actor: Actor, gstId: string): boolean =>
  holdsInGst(actor, ['data_protection_officer'], gstId);

/** Importing an establishment's legacy patient file: its administrator, or the GST administrators. */
export const canImportPatients = (actor: Actor, target: { gstId: string; establishmentId: string }): boolean =>
  holdsAt(actor, ['establishment_admin'], target.gstId, target.establishmentId) ||
  canManagePatientIdentities(actor, target.gstId);
