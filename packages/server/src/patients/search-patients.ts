import {
  authorize,
  canRegisterPatients,
  canSearchPatients,
  type MatchablePatient,
  type Patient,
  type PatientCandidate,
  type PatientSearchInput,
  type PatientSearchResult,
} from '@tansiq/domain';
import {
  findGoldenPatientId,
  findPatientById,
  findPatientByRegionalId,
  findPatientIdByLocalId,
  insertAuditEvent,
  listRegistrationsOfPatients,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { ensureMatchModel, findPatientCandidates, type ScoredCandidate } from './find-patient-candidates';
import { resolvePatientGst } from './patient-gst';

/** Below this probability a candidate is not shown at all (it only exposes someone else's identity). */
const displayFloor = 0.01;

/** What the desk typed, in the shape the engine reads (a name in Arabic letters is compared through its skeleton). */
export function toSearchQuery(input: PatientSearchInput): MatchablePatient {
  return {
    givenNameLatin: input.givenName ?? null,
    familyNameLatin: input.familyName ?? null,
    fatherGivenName: input.fatherGivenName ?? null,
    sex: input.sex ?? null,
    birthDate: input.birthDate ?? null,
    cin: input.cin ?? null,
    amoNumber: input.amoNumber ?? null,
    phones: input.phone ? [input.phone] : [],
    communeCode: input.communeCode ?? null,
  };
}

/** A patient found by an exact identifier: certain, whatever the model says. */
const exactCandidate = (patient: Patient, field: string): ScoredCandidate => ({
  patient,
  score: { weight: Number.POSITIVE_INFINITY, probability: 1, reasons: [{ field, level: 'exact', weight: 0 }] },
  band: 'probable',
});

async function findExact(db: Db, gstId: string, input: PatientSearchInput): Promise<ScoredCandidate[]> {
  const found: ScoredCandidate[] = [];
  const addGolden = async (id: string | undefined, field: string) => {
    const goldenId = id === undefined ? undefined : await findGoldenPatientId(db, gstId, id);
    const patient = goldenId === undefined ? undefined : await findPatientById(db, goldenId);
    if (patient && !found.some((candidate) => candidate.patient.id === patient.id)) {
      found.push(exactCandidate(patient, field));
    }
  };
  if (input.regionalId) {
    await addGolden((await findPatientByRegionalId(db, gstId, input.regionalId))?.id, 'regional_id');
  }
  if (input.localId && input.establishmentId) {
    await addGolden(await findPatientIdByLocalId(db, gstId, input.establishmentId, input.localId), 'local_id');
  }
  return found;
}

/**
 * Search-before-create: exact identifiers first, then the probabilistic lookup, each candidate with its probability,
 * band and reasons, and where it is registered. Candidates show identity only. The search is audited with the ids
 * that appeared (a list, not an opening of any record) and the fields used, never their values.
 * @throws AppError not_found (establishment out of scope), forbidden (no patient role in the GST).
 */
export async function searchPatients(
  db: Db,
  context: RequestContext,
  input: PatientSearchInput,
): Promise<PatientSearchResult> {
  const { gstId, establishment } = await resolvePatientGst(db, context.actor, input.establishmentId);
  authorize({
    visible: true,
    allowed: establishment
      ? canRegisterPatients(context.actor, { gstId, establishmentId: establishment.id })
      : canSearchPatients(context.actor, gstId),
    entity: 'patient index',
    gstId,
  });
  const current = await ensureMatchModel(db, gstId);
  const exact = await findExact(db, gstId, input);
  const query = toSearchQuery(input);
  const hasDemographics = Object.values(query).some((value) =>
    Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined,
  );
  const probabilistic = hasDemographics
    ? await findPatientCandidates(db, gstId, current.model, query, {
        limit: input.limit,
        excludeIds: exact.map((candidate) => candidate.patient.id),
      })
    : { candidates: [], examined: 0 };
  const shown = [
    ...exact,
    ...probabilistic.candidates.filter((candidate) => candidate.score.probability >= displayFloor),
  ].slice(0, input.limit);
  const registrations = await listRegistrationsOfPatients(
    db,
    gstId,
    shown.map((candidate) => candidate.patient.id),
  );
  const candidates: PatientCandidate[] = shown.map(({ patient, score, band }) => {
    const registeredAt = registrations.get(patient.id) ?? [];
    return {
      patient,
      probability: score.probability,
      band,
      reasons: score.reasons,
      registeredAt,
      registeredHere: establishment !== undefined && registeredAt.some((r) => r.establishmentId === establishment.id),
    };
  });
  await insertAuditEvent(
    db,
    auditEventFor(context, {
      action: 'patient.search',
      entityType: 'patient',
      gstId,
      details: {
        fields: Object.keys(input).filter((field) => field !== 'limit' && field !== 'establishmentId'),
        establishmentId: establishment?.id ?? null,
        listed: candidates.map((candidate) => candidate.patient.id),
        examined: probabilistic.examined,
      },
    }),
  );
  return {
    candidates,
    examined: probabilistic.examined,
    thresholds: current.model.thresholds,
    modelVersion: current.version,
  };
}
