import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
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
import { patients } from './patients';
import { pathwayMaps, consultationSchedules } from './pathways';
import { specialties } from './territory';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * A referral (référence, issue #4 §3): one patient sent by a clinician of an origin establishment to a destination for
 * a specialty, followed through its closed loop up to the counter-referral (contre-référence). The status is moved
 * only by the state machine of `domain/src/referrals`; every move is a `referral_events` row. `version` guards
 * concurrent moves (two users accepting at once: one wins). Due dates are computed when the timer starts, with the
 * GST's working days.
 */
export const referrals = pgTable(
  'referrals',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    id: uuid('id').notNull(),
    number: text('number').notNull(),
    patientId: uuid('patient_id').notNull(),
    specialtyCode: text('specialty_code')
      .notNull()
      .references(() => specialties.code),
    urgency: text('urgency').notNull(),
    status: text('status').notNull(),
    reason: text('reason').notNull(),
    clinicalSummary: text('clinical_summary').notNull(),
    originEstablishmentId: uuid('origin_establishment_id').notNull(),
    senderUserId: uuid('sender_user_id').notNull(),
    destinationEstablishmentId: uuid('destination_establishment_id').notNull(),
    returnEstablishmentId: uuid('return_establishment_id').notNull(),
    pathwayMapId: uuid('pathway_map_id'),
    /** Rank of the destination in the pathway map of the origin; null when the referral leaves the pathway. */
    pathwayRank: integer('pathway_rank'),
    offPathwayJustification: text('off_pathway_justification'),
    sourceTeleexpertiseId: uuid('source_teleexpertise_id'),
    appointmentId: uuid('appointment_id'),
    declineReason: text('decline_reason'),
    declineAdvice: text('decline_advice'),
    cancelReason: text('cancel_reason'),
    counterReferral: jsonb('counter_referral').$type<Record<string, unknown>>(),
    counterReferredBy: uuid('counter_referred_by'),
    acceptDueAt: timestamp('accept_due_at', { withTimezone: true }),
    appointmentDueAt: timestamp('appointment_due_at', { withTimezone: true }),
    counterReferralDueAt: timestamp('counter_referral_due_at', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    declinedAt: timestamp('declined_at', { withTimezone: true }),
    firstBookedAt: timestamp('first_booked_at', { withTimezone: true }),
    attendedAt: timestamp('attended_at', { withTimezone: true }),
    counterReferredAt: timestamp('counter_referred_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    waitlistedAt: timestamp('waitlisted_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    uniqueIndex('referrals_number_idx').on(table.gstId, table.number),
    index('referrals_id_idx').on(table.id),
    index('referrals_patient_idx').on(table.gstId, table.patientId),
    index('referrals_origin_idx').on(table.gstId, table.originEstablishmentId, table.status),
    index('referrals_destination_idx').on(table.gstId, table.destinationEstablishmentId, table.status),
    index('referrals_sent_idx').on(table.gstId, table.specialtyCode, table.sentAt),
    // Pathway indicators (referral-indicators): a period of a GST read by an index-only scan, every column they use.
    index('referrals_indicators_idx').on(
      table.gstId,
      table.sentAt,
      table.specialtyCode,
      table.originEstablishmentId,
      table.destinationEstablishmentId,
      table.status,
      table.pathwayRank,
      table.acceptedAt,
      table.declinedAt,
      table.firstBookedAt,
      table.attendedAt,
      table.counterReferredAt,
      table.id,
    ),
    foreignKey({ columns: [table.gstId, table.patientId], foreignColumns: [patients.gstId, patients.id] }),
    foreignKey({
      columns: [table.gstId, table.originEstablishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    foreignKey({
      columns: [table.gstId, table.destinationEstablishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    foreignKey({
      columns: [table.gstId, table.returnEstablishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    foreignKey({ columns: [table.gstId, table.pathwayMapId], foreignColumns: [pathwayMaps.gstId, pathwayMaps.id] }),
    check('referrals_urgency_check', sql`${table.urgency} in ('routine', 'urgent', 'emergency')`),
    check(
      'referrals_status_check',
      sql`${table.status} in ('draft', 'sent', 'accepted', 'declined', 'waitlisted', 'booked', 'attended', 'no_show', 'counter_referred', 'closed', 'cancelled')`,
    ),
    check(
      'referrals_pathway_check',
      sql`${table.pathwayRank} is not null or ${table.offPathwayJustification} is not null or ${table.status} = 'draft'`,
    ),
  ],
);

/** Every move of a referral: action, from → to, who, when, and what was said (reason, advice, redirect…). */
export const referralEvents = pgTable(
  'referral_events',
  {
    gstId: uuid('gst_id').notNull(),
    referralId: uuid('referral_id').notNull(),
    sequence: integer('sequence').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorUserId: uuid('actor_user_id'),
    establishmentId: uuid('establishment_id'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.referralId, table.sequence] }),
    foreignKey({ columns: [table.gstId, table.referralId], foreignColumns: [referrals.gstId, referrals.id] }),
    index('referral_events_action_idx').on(table.gstId, table.action, table.occurredAt),
  ],
);

/**
 * A file attached to a referral or a tele-expertise request (PDF, JPEG, PNG; type checked on the content, size
 * limited). Stored in the database so a backup holds everything; the limit keeps it reasonable.
 */
export const attachments = pgTable(
  'attachments',
  {
    gstId: uuid('gst_id').notNull(),
    id: uuid('id').notNull(),
    ownerKind: text('owner_kind').notNull(),
    ownerId: uuid('owner_id').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    index('attachments_owner_idx').on(table.gstId, table.ownerKind, table.ownerId),
    check('attachments_owner_kind_check', sql`${table.ownerKind} in ('referral', 'teleexpertise', 'approval_request')`),
    check('attachments_media_type_check', sql`${table.mediaType} in ('application/pdf', 'image/jpeg', 'image/png')`),
    check('attachments_size_check', sql`${table.sizeBytes} > 0`),
  ],
);

/**
 * An appointment in a consultation session: (schedule, date, slot index) is taken by at most one live appointment
 * (unique index), so two bookings of the last slot cannot both succeed. A reschedule cancels one and books another.
 */
export const appointments = pgTable(
  'appointments',
  {
    gstId: uuid('gst_id').notNull(),
    id: uuid('id').notNull(),
    referralId: uuid('referral_id'),
    teleexpertiseId: uuid('teleexpertise_id'),
    patientId: uuid('patient_id').notNull(),
    establishmentId: uuid('establishment_id').notNull(),
    specialtyCode: text('specialty_code')
      .notNull()
      .references(() => specialties.code),
    scheduleId: uuid('schedule_id').notNull(),
    sessionDate: date('session_date', { mode: 'string' }).notNull(),
    slotIndex: integer('slot_index').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    mode: text('mode').notNull(),
    videoUrl: text('video_url'),
    status: text('status').notNull(),
    bookedBy: uuid('booked_by'),
    bookedAt: timestamp('booked_at', { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    uniqueIndex('appointments_slot_idx')
      .on(table.gstId, table.scheduleId, table.sessionDate, table.slotIndex)
      .where(sql`${table.status} <> 'cancelled'`),
    index('appointments_service_idx').on(table.gstId, table.establishmentId, table.specialtyCode, table.startsAt),
    index('appointments_referral_idx').on(table.gstId, table.referralId),
    foreignKey({ columns: [table.gstId, table.patientId], foreignColumns: [patients.gstId, patients.id] }),
    foreignKey({
      columns: [table.gstId, table.scheduleId],
      foreignColumns: [consultationSchedules.gstId, consultationSchedules.id],
    }),
    foreignKey({
      columns: [table.gstId, table.establishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    check('appointments_mode_check', sql`${table.mode} in ('in_person', 'teleconsultation')`),
    check('appointments_status_check', sql`${table.status} in ('booked', 'attended', 'no_show', 'cancelled')`),
    check('appointments_times_check', sql`${table.endsAt} > ${table.startsAt}`),
  ],
);

/**
 * Timer settings per GST, urgency and (optionally) specialty: how long to accept, to give an appointment, and to send
 * the counter-referral after attendance. A row with a null specialty is the GST default for the urgency.
 */
export const referralTimerSettings = pgTable(
  'referral_timer_settings',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    id: uuid('id').notNull(),
    urgency: text('urgency').notNull(),
    specialtyCode: text('specialty_code').references(() => specialties.code),
    acceptWithin: integer('accept_within').notNull(),
    appointmentWithin: integer('appointment_within').notNull(),
    counterReferralWithin: integer('counter_referral_within').notNull(),
    unit: text('unit').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    uniqueIndex('referral_timer_settings_key_idx').on(
      table.gstId,
      table.urgency,
      sql`coalesce(${table.specialtyCode}, '')`,
    ),
    check('referral_timer_settings_urgency_check', sql`${table.urgency} in ('routine', 'urgent', 'emergency')`),
    check('referral_timer_settings_unit_check', sql`${table.unit} in ('working_days', 'hours')`),
    check(
      'referral_timer_settings_values_check',
      sql`${table.acceptWithin} > 0 and ${table.appointmentWithin} > 0 and ${table.counterReferralWithin} > 0`,
    ),
  ],
);

/** A breached timer of a referral, escalated once to the service head and the GST. */
export const referralEscalations = pgTable(
  'referral_escalations',
  {
    gstId: uuid('gst_id').notNull(),
    referralId: uuid('referral_id').notNull(),
    timer: text('timer').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.referralId, table.timer] }),
    foreignKey({ columns: [table.gstId, table.referralId], foreignColumns: [referrals.gstId, referrals.id] }),
    check('referral_escalations_timer_check', sql`${table.timer} in ('accept', 'appointment', 'counter_referral')`),
  ],
);

/** Public holidays of a GST's working calendar (the religious ones move with the Hijri calendar: set per year). */
export const gstHolidays = pgTable(
  'gst_holidays',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    day: date('day', { mode: 'string' }).notNull(),
    name: text('name').notNull(),
  },
  (table) => [primaryKey({ columns: [table.gstId, table.day] })],
);

/** In-app notifications of a user (the unread count is `read_at is null`). */
export const notifications = pgTable(
  'notifications',
  {
    gstId: uuid('gst_id').notNull(),
    id: uuid('id').notNull(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    index('notifications_user_idx').on(table.userId, table.createdAt),
    index('notifications_unread_idx')
      .on(table.userId)
      .where(sql`${table.readAt} is null`),
  ],
);

/**
 * A tele-expertise request (issue #4 §6): asynchronous advice asked by a clinician to the specialists of a
 * destination (a pathway destination or the regional pool at the CHU/CHR). The answer is advice only, a conversion to a
 * prefilled referral, or a proposed teleconsultation.
 */
export const teleexpertiseRequests = pgTable(
  'teleexpertise_requests',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    id: uuid('id').notNull(),
    number: text('number').notNull(),
    patientId: uuid('patient_id').notNull(),
    specialtyCode: text('specialty_code')
      .notNull()
      .references(() => specialties.code),
    requesterUserId: uuid('requester_user_id').notNull(),
    originEstablishmentId: uuid('origin_establishment_id').notNull(),
    destinationEstablishmentId: uuid('destination_establishment_id').notNull(),
    question: text('question').notNull(),
    status: text('status').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    answerKind: text('answer_kind'),
    answer: text('answer'),
    answeredBy: uuid('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    referralId: uuid('referral_id'),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    uniqueIndex('teleexpertise_number_idx').on(table.gstId, table.number),
    index('teleexpertise_id_idx').on(table.id),
    index('teleexpertise_destination_idx').on(table.gstId, table.destinationEstablishmentId, table.status),
    index('teleexpertise_origin_idx').on(table.gstId, table.originEstablishmentId, table.status),
    index('teleexpertise_created_idx').on(table.gstId, table.createdAt),
    foreignKey({ columns: [table.gstId, table.patientId], foreignColumns: [patients.gstId, patients.id] }),
    foreignKey({
      columns: [table.gstId, table.originEstablishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    foreignKey({
      columns: [table.gstId, table.destinationEstablishmentId],
      foreignColumns: [establishments.gstId, establishments.id],
    }),
    check('teleexpertise_status_check', sql`${table.status} in ('open', 'answered', 'cancelled')`),
    check(
      'teleexpertise_answer_kind_check',
      sql`${table.answerKind} is null or ${table.answerKind} in ('advice', 'referral', 'teleconsultation')`,
    ),
    check(
      'teleexpertise_answer_check',
      sql`(${table.status} = 'answered') = (${table.answeredAt} is not null and ${table.answer} is not null)`,
    ),
  ],
);

/**
 * Acts performed and recorded for pay-per-act and billing later (issue #5 §7, finance): a tele-expertise answer, a
 * teleconsultation, a counter-referral. Who, when, where, which specialty, and the record it comes from.
 */
export const careActs = pgTable(
  'care_acts',
  {
    gstId: uuid('gst_id').notNull(),
    id: uuid('id').notNull(),
    kind: text('kind').notNull(),
    authorUserId: uuid('author_user_id').notNull(),
    establishmentId: uuid('establishment_id').notNull(),
    specialtyCode: text('specialty_code')
      .notNull()
      .references(() => specialties.code),
    patientId: uuid('patient_id'),
    sourceType: text('source_type').notNull(),
    sourceId: uuid('source_id').notNull(),
    performedAt: timestamp('performed_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    uniqueIndex('care_acts_source_idx').on(table.gstId, table.kind, table.sourceId),
    index('care_acts_author_idx').on(table.gstId, table.authorUserId, table.performedAt),
    check(
      'care_acts_kind_check',
      sql`${table.kind} in ('teleexpertise_answer', 'teleconsultation', 'counter_referral')`,
    ),
  ],
);

/**
 * Counters behind human-readable numbers (a referral `TTA-R26-000123`, a tele-expertise request `TTA-T26-000045`):
 * one row per GST, kind and year, incremented in the writing transaction so numbers are unique and without gaps.
 */
export const documentCounters = pgTable(
  'document_counters',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    kind: text('kind').notNull(),
    year: integer('year').notNull(),
    value: integer('value').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.kind, table.year] }),
    check('document_counters_kind_check', sql`${table.kind} in ('referral', 'teleexpertise', 'staff')`),
  ],
);
