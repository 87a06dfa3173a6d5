import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { establishments } from './establishments';
import { gsts } from './gsts';
import { communes, specialties } from './territory';

/**
 * The regional patient index (issue #3): one row per regional patient. A duplicate merged into another keeps its row
 * (status `merged`, `merged_into_id`) so an unmerge restores it with its history, encounters and local ids.
 * Names are stored as entered, per script, never overwritten by a transliteration (DOMAIN.md §7).
 */
export const patients = pgTable(
  'patients',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    id: uuid('id').notNull(),
    regionalId: text('regional_id').notNull(),
    status: text('status').notNull().default('active'),
    mergedIntoId: uuid('merged_into_id'),
    givenNameLatin: text('given_name_latin'),
    familyNameLatin: text('family_name_latin'),
    givenNameArabic: text('given_name_arabic'),
    familyNameArabic: text('family_name_arabic'),
    fatherGivenName: text('father_given_name'),
    sex: text('sex').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    birthDatePrecision: text('birth_date_precision'),
    cin: text('cin'),
    amoScheme: text('amo_scheme').notNull(),
    amoNumber: text('amo_number'),
    phones: text('phones')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    communeCode: text('commune_code').references(() => communes.code),
    address: text('address'),
    referenceEstablishmentId: uuid('reference_establishment_id'),
    vitalStatus: text('vital_status').notNull().default('alive'),
    deathDate: date('death_date', { mode: 'string' }),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    uniqueIndex('patients_regional_id_idx').on(table.gstId, table.regionalId),
    // Links and URLs carry the patient id alone; the GST is read from the row (then access is checked).
    index('patients_id_idx').on(table.id),
    index('patients_merged_into_idx')
      .on(table.gstId, table.mergedIntoId)
      .where(sql`${table.mergedIntoId} is not null`),
    foreignKey({
      columns: [table.gstId, table.referenceEstablishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    check('patients_status_check', sql`${table.status} in ('active', 'merged')`),
    check('patients_merged_check', sql`(${table.status} = 'merged') = (${table.mergedIntoId} is not null)`),
    check('patients_sex_check', sql`${table.sex} in ('female', 'male', 'unknown')`),
    check(
      'patients_birth_date_precision_check',
      sql`(${table.birthDate} is null and ${table.birthDatePrecision} is null) or (${table.birthDate} is not null and ${table.birthDatePrecision} in ('day', 'month', 'year'))`,
    ),
    check(
      'patients_amo_scheme_check',
      sql`${table.amoScheme} in ('cnss', 'cnops', 'amo_tadamon', 'amo_tns', 'amo_achamil', 'none', 'unknown')`,
    ),
    check('patients_vital_status_check', sql`${table.vitalStatus} in ('alive', 'deceased')`),
    check('patients_death_date_check', sql`${table.deathDate} is null or ${table.vitalStatus} = 'deceased'`),
    check(
      'patients_name_check',
      sql`coalesce(${table.givenNameLatin}, ${table.familyNameLatin}, ${table.givenNameArabic}, ${table.familyNameArabic}) is not null`,
    ),
  ],
);

/**
 * Blocking keys of each active patient, one row per key (identifiers, phonetic family name + birth year, phonetic
 * given name + commune, phone…): a lookup reads the few rows of each key of the query instead of the table (ADR 0011).
 */
export const patientMatchKeys = pgTable(
  'patient_match_keys',
  {
    gstId: uuid('gst_id').notNull(),
    key: text('key').notNull(),
    patientId: uuid('patient_id').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.key, table.patientId] }),
    index('patient_match_keys_patient_idx').on(table.gstId, table.patientId),
  ],
);

/** Every version of every patient: who changed what, when (the state is kept whole for unmerge and audit). */
export const patientVersions = pgTable(
  'patient_versions',
  {
    gstId: uuid('gst_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    version: integer('version').notNull(),
    action: text('action').notNull(),
    state: jsonb('state').$type<Record<string, unknown>>().notNull(),
    changes: jsonb('changes').$type<{ field: string; before: unknown; after: unknown }[]>().notNull(),
    changedBy: uuid('changed_by'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.patientId, table.version] }),
    foreignKey({ columns: [table.gstId, table.patientId], foreignColumns: [patients.gstId, patients.id] }),
    check(
      'patient_versions_action_check',
      sql`${table.action} in ('created', 'updated', 'imported', 'merged', 'merged_into', 'unmerged', 'restored')`,
    ),
  ],
);

/**
 * A patient's registration at an establishment, with the establishment's own patient number (IPP) when it has one.
 * It is also the first care relationship: the establishment's staff may open the record.
 */
export const patientRegistrations = pgTable(
  'patient_registrations',
  {
    gstId: uuid('gst_id').notNull(),
    id: uuid('id').notNull(),
    patientId: uuid('patient_id').notNull(),
    establishmentId: uuid('establishment_id').notNull(),
    localId: text('local_id'),
    registeredBy: uuid('registered_by'),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    uniqueIndex('patient_registrations_local_id_idx')
      .on(table.gstId, table.establishmentId, table.localId)
      .where(sql`${table.localId} is not null`),
    index('patient_registrations_patient_idx').on(table.gstId, table.patientId),
    foreignKey({ columns: [table.gstId, table.patientId], foreignColumns: [patients.gstId, patients.id] }),
    foreignKey({
      columns: [table.gstId, table.establishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
  ],
);

/** Learnt Fellegi–Sunter models per GST (domain `matchModelSchema`), versioned; the newest one is in use. */
export const matchModels = pgTable(
  'match_models',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    version: integer('version').notNull(),
    model: jsonb('model').$type<Record<string, unknown>>().notNull(),
    trainedOn: integer('trained_on').notNull(),
    source: text('source').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.version] }),
    check('match_models_source_check', sql`${table.source} in ('index', 'bootstrap')`),
  ],
);

/**
 * Pairs of patients that may be the same person: the review queue (`pending`) and the decisions taken on pairs, so a
 * "not the same person" is remembered. `patient_a_id` < `patient_b_id` so each pair has one row.
 */
export const matchCandidates = pgTable(
  'match_candidates',
  {
    gstId: uuid('gst_id').notNull(),
    patientAId: uuid('patient_a_id').notNull(),
    patientBId: uuid('patient_b_id').notNull(),
    probability: doublePrecision('probability').notNull(),
    reasons: jsonb('reasons').$type<{ field: string; level: string; weight: number }[]>().notNull(),
    status: text('status').notNull(),
    source: text('source').notNull(),
    runId: uuid('run_id'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.patientAId, table.patientBId] }),
    index('match_candidates_status_idx').on(table.gstId, table.status, table.probability),
    index('match_candidates_b_idx').on(table.gstId, table.patientBId),
    check('match_candidates_order_check', sql`${table.patientAId} < ${table.patientBId}`),
    check(
      'match_candidates_status_check',
      sql`${table.status} in ('pending', 'merged', 'auto_merged', 'not_duplicate', 'superseded')`,
    ),
    check('match_candidates_source_check', sql`${table.source} in ('registration', 'batch', 'import')`),
  ],
);

/**
 * A merge of one patient into another (the survivor becomes the golden record). `survivor_changes` lists the fields the
 * survivorship rules changed on the survivor, so an unmerge can give back what the merge took while keeping later edits.
 */
export const patientMerges = pgTable(
  'patient_merges',
  {
    gstId: uuid('gst_id').notNull(),
    id: uuid('id').notNull(),
    survivorId: uuid('survivor_id').notNull(),
    mergedId: uuid('merged_id').notNull(),
    survivorChanges: jsonb('survivor_changes').$type<{ field: string; before: unknown; after: unknown }[]>().notNull(),
    automatic: boolean('automatic').notNull().default(false),
    runId: uuid('run_id'),
    probability: doublePrecision('probability'),
    mergedBy: uuid('merged_by'),
    mergedAt: timestamp('merged_at', { withTimezone: true }).notNull().defaultNow(),
    undoneBy: uuid('undone_by'),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    index('patient_merges_survivor_idx').on(table.gstId, table.survivorId),
    uniqueIndex('patient_merges_open_idx')
      .on(table.gstId, table.mergedId)
      .where(sql`${table.undoneAt} is null`),
    foreignKey({ columns: [table.gstId, table.survivorId], foreignColumns: [patients.gstId, patients.id] }),
    foreignKey({ columns: [table.gstId, table.mergedId], foreignColumns: [patients.gstId, patients.id] }),
  ],
);

/**
 * A batch deduplication run (pg-boss job). The cursor and the counters are committed with each page of blocking keys,
 * so a run killed halfway resumes where it stopped without comparing or merging twice.
 */
export const deduplicationRuns = pgTable(
  'deduplication_runs',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    id: uuid('id').notNull(),
    scope: text('scope').notNull(),
    importJobId: uuid('import_job_id'),
    status: text('status').notNull(),
    phase: text('phase').notNull(),
    cursor: text('cursor'),
    keysTotal: integer('keys_total').notNull().default(0),
    keysDone: integer('keys_done').notNull().default(0),
    candidatePairs: integer('candidate_pairs').notNull().default(0),
    comparisons: integer('comparisons').notNull().default(0),
    autoMerged: integer('auto_merged').notNull().default(0),
    sentToReview: integer('sent_to_review').notNull().default(0),
    modelVersion: integer('model_version'),
    linkThreshold: doublePrecision('link_threshold'),
    reviewThreshold: doublePrecision('review_threshold'),
    error: text('error'),
    requestedBy: uuid('requested_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    check('deduplication_runs_scope_check', sql`${table.scope} in ('index', 'import')`),
    check('deduplication_runs_status_check', sql`${table.status} in ('queued', 'running', 'succeeded', 'failed')`),
    check('deduplication_runs_phase_check', sql`${table.phase} in ('training', 'scoring', 'clustering', 'done')`),
  ],
);

/** A visit or a stay: the shared care record's timeline entries (issue #3 §10). */
export const encounters = pgTable(
  'encounters',
  {
    gstId: uuid('gst_id').notNull(),
    id: uuid('id').notNull(),
    patientId: uuid('patient_id').notNull(),
    establishmentId: uuid('establishment_id').notNull(),
    specialtyCode: text('specialty_code').references(() => specialties.code),
    kind: text('kind').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    practitionerName: text('practitioner_name'),
    reason: text('reason'),
    icd10Code: text('icd10_code'),
    outcome: text('outcome'),
    /** The referral this encounter attended (the destination's consultation), so the timeline links its report. */
    referralId: uuid('referral_id'),
    isDemo: boolean('is_demo').notNull().default(false),
    recordedBy: uuid('recorded_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    index('encounters_patient_idx').on(table.gstId, table.patientId, table.startedAt),
    index('encounters_establishment_idx').on(table.gstId, table.establishmentId, table.startedAt),
    // Pay-per-act statements read a month of encounters recorded by staff (incentive-activity-queries.ts).
    index('encounters_recorded_idx')
      .on(table.gstId, table.startedAt)
      .where(sql`${table.recordedBy} is not null`),
    index('encounters_referral_idx')
      .on(table.gstId, table.referralId)
      .where(sql`${table.referralId} is not null`),
    foreignKey({ columns: [table.gstId, table.patientId], foreignColumns: [patients.gstId, patients.id] }),
    foreignKey({
      columns: [table.gstId, table.establishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    check(
      'encounters_kind_check',
      sql`${table.kind} in ('consultation', 'emergency', 'hospital_stay', 'teleconsultation')`,
    ),
    check('encounters_dates_check', sql`${table.endedAt} is null or ${table.endedAt} >= ${table.startedAt}`),
    check(
      'encounters_outcome_check',
      sql`${table.outcome} is null or ${table.outcome} in ('home', 'follow_up', 'referred', 'transferred', 'admitted', 'left_against_advice', 'deceased')`,
    ),
  ],
);

/**
 * Break-the-glass: a clinician opens a patient outside any care relationship, for 4 hours, with a reason. Every
 * access lands in the data-protection officer's review.
 */
export const breakGlassAccesses = pgTable(
  'break_glass_accesses',
  {
    gstId: uuid('gst_id').notNull(),
    id: uuid('id').notNull(),
    userId: uuid('user_id').notNull(),
    patientId: uuid('patient_id').notNull(),
    establishmentId: uuid('establishment_id'),
    reasonCode: text('reason_code').notNull(),
    reasonText: text('reason_text').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    reviewStatus: text('review_status').notNull().default('pending'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    index('break_glass_accesses_user_idx').on(table.gstId, table.userId, table.patientId, table.expiresAt),
    index('break_glass_accesses_review_idx').on(table.gstId, table.reviewStatus, table.startedAt),
    foreignKey({ columns: [table.gstId, table.patientId], foreignColumns: [patients.gstId, patients.id] }),
    check(
      'break_glass_accesses_reason_check',
      sql`${table.reasonCode} in ('emergency', 'unconscious_patient', 'continuity_of_care', 'other')`,
    ),
    check('break_glass_accesses_review_check', sql`${table.reviewStatus} in ('pending', 'justified', 'unjustified')`),
  ],
);

/**
 * Idempotency keys of retried writes (registration first): the same key from the same user returns the first
 * response instead of writing again; a different body with a reused key is a conflict.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id').notNull(),
    key: text('key').notNull(),
    operation: text('operation').notNull(),
    fingerprint: text('fingerprint').notNull(),
    statusCode: integer('status_code').notNull(),
    response: jsonb('response').$type<unknown>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.key] })],
);
