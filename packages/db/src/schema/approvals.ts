import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { gsts } from './gsts';

/**
 * Requests for approval (issue #5 §4), generic: a typed subject (a mobility, later a purchase…), who asks, from where,
 * the chain copied at submission (`steps`, so a later configuration change never moves a request in review) and a
 * `version` every change bumps (two concurrent approvals: the update that still finds the version wins).
 */
export const approvalRequests = pgTable(
  'approval_requests',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    id: uuid('id').notNull(),
    type: text('type').notNull(),
    subject: jsonb('subject').notNull(),
    requesterUserId: uuid('requester_user_id').notNull(),
    /** The person the request is about (a mobility's staff member), who sees it without being party to it. */
    concernedUserId: uuid('concerned_user_id'),
    originEstablishmentId: uuid('origin_establishment_id').notNull(),
    destinationEstablishmentId: uuid('destination_establishment_id'),
    amount: numeric('amount', { precision: 14, scale: 2, mode: 'number' }),
    durationDays: integer('duration_days'),
    status: text('status').notNull(),
    currentStep: integer('current_step'),
    steps: jsonb('steps').notNull().default([]),
    version: integer('version').notNull().default(1),
    /** What the approval produced (e.g. the assignments a mobility created). */
    outcome: jsonb('outcome'),
    /** The step whose lateness was last flagged by the sweeper (flag once per step). */
    overdueFlaggedStep: integer('overdue_flagged_step'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    index('approval_requests_status_idx').on(table.gstId, table.status, table.type),
    index('approval_requests_requester_idx').on(table.requesterUserId),
    index('approval_requests_concerned_idx').on(table.concernedUserId),
    check(
      'approval_requests_status_check',
      sql`${table.status} in ('draft', 'pending', 'returned', 'approved', 'rejected', 'withdrawn')`,
    ),
    check('approval_requests_version_check', sql`${table.version} >= 1`),
  ],
);

/** The history of a request, comments included: who did what, on whose behalf, when. Append-only. */
export const approvalEvents = pgTable(
  'approval_events',
  {
    gstId: uuid('gst_id').notNull(),
    id: uuid('id').notNull(),
    requestId: uuid('request_id').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    stepIndex: integer('step_index'),
    actorUserId: uuid('actor_user_id').notNull(),
    onBehalfOfUserId: uuid('on_behalf_of_user_id'),
    comment: text('comment'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    index('approval_events_request_idx').on(table.gstId, table.requestId, table.occurredAt),
    index('approval_events_actor_idx').on(table.actorUserId, table.action),
    check(
      'approval_events_action_check',
      sql`${table.action} in ('create', 'edit', 'submit', 'approve', 'reject', 'return', 'withdraw', 'comment')`,
    ),
  ],
);

/** An approver's delegation while absent: dates inclusive, optionally limited to some request types. */
export const approvalDelegations = pgTable(
  'approval_delegations',
  {
    gstId: uuid('gst_id').notNull(),
    id: uuid('id').notNull(),
    approverUserId: uuid('approver_user_id').notNull(),
    delegateUserId: uuid('delegate_user_id').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }).notNull(),
    requestTypes: jsonb('request_types'),
    reason: text('reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    index('approval_delegations_delegate_idx').on(table.delegateUserId, table.validTo),
    index('approval_delegations_approver_idx').on(table.approverUserId, table.validTo),
    check('approval_delegations_dates_check', sql`${table.validTo} >= ${table.validFrom}`),
    check('approval_delegations_self_check', sql`${table.delegateUserId} <> ${table.approverUserId}`),
  ],
);

/** A GST's approval chains for one request type; a type without a row uses the defaults declared in code. */
export const approvalTypeConfigs = pgTable(
  'approval_type_configs',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    type: text('type').notNull(),
    chains: jsonb('chains').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.gstId, table.type] })],
);
