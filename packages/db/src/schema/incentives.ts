import { sql } from 'drizzle-orm';
import {
  check,
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
  boolean,
} from 'drizzle-orm/pg-core';
import { gsts } from './gsts';
import { staffMembers } from './staff';

/**
 * Pay-per-act rules (issue #5 §7): one row per version of a GST's rule set. The set is JSON validated by the domain's
 * `incentiveRuleSetSchema`; the columns repeat its key (version, effective month). Rows are never updated.
 */
export const incentiveRuleSets = pgTable(
  'incentive_rule_sets',
  {
    gstId: uuid('gst_id')
      .notNull()
      .references(() => gsts.id),
    id: uuid('id').notNull(),
    version: integer('version').notNull(),
    effectiveMonth: text('effective_month').notNull(),
    ruleSet: jsonb('rule_set').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    uniqueIndex('incentive_rule_sets_version_idx').on(table.gstId, table.version),
    check('incentive_rule_sets_version_check', sql`${table.version} > 0`),
    check('incentive_rule_sets_month_check', sql`${table.effectiveMonth} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
  ],
);

/**
 * A person's statement for a month: computed (recomputed freely), then validated by a GST HR officer, then exported to
 * payroll. `version` is bumped by every recomputation, so a validation of what was read answers 409 when stale.
 * `establishment_id` is the primary establishment in the month (for scoping); amounts are centimes of MAD.
 */
export const incentiveStatements = pgTable(
  'incentive_statements',
  {
    gstId: uuid('gst_id').notNull(),
    id: uuid('id').notNull(),
    staffMemberId: uuid('staff_member_id').notNull(),
    month: text('month').notNull(),
    establishmentId: uuid('establishment_id'),
    cadre: text('cadre').notNull(),
    status: text('status').notNull().default('computed'),
    version: integer('version').notNull().default(1),
    ruleSetId: uuid('rule_set_id').notNull(),
    ruleSetVersion: integer('rule_set_version').notNull(),
    monthlyCapCentimes: integer('monthly_cap_centimes'),
    activityCount: integer('activity_count').notNull(),
    unmatchedCount: integer('unmatched_count').notNull().default(0),
    grossCentimes: integer('gross_centimes').notNull(),
    ruleCapCutCentimes: integer('rule_cap_cut_centimes').notNull(),
    monthlyCapCutCentimes: integer('monthly_cap_cut_centimes').notNull(),
    totalCentimes: integer('total_centimes').notNull(),
    computedBy: uuid('computed_by'),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
    validatedBy: uuid('validated_by'),
    validatedAt: timestamp('validated_at', { withTimezone: true }),
    exportedBy: uuid('exported_by'),
    exportedAt: timestamp('exported_at', { withTimezone: true }),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.id] }),
    uniqueIndex('incentive_statements_member_month_idx').on(table.gstId, table.staffMemberId, table.month),
    index('incentive_statements_month_idx').on(table.gstId, table.month, table.establishmentId),
    foreignKey({
      name: 'incentive_statements_staff_member_fk',
      columns: [table.gstId, table.staffMemberId],
      foreignColumns: [staffMembers.gstId, staffMembers.id],
    }),
    foreignKey({
      name: 'incentive_statements_rule_set_fk',
      columns: [table.gstId, table.ruleSetId],
      foreignColumns: [incentiveRuleSets.gstId, incentiveRuleSets.id],
    }),
    check('incentive_statements_status_check', sql`${table.status} in ('computed', 'validated', 'exported')`),
    check('incentive_statements_month_check', sql`${table.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check(
      'incentive_statements_total_check',
      sql`${table.totalCentimes} = ${table.grossCentimes} - ${table.ruleCapCutCentimes} - ${table.monthlyCapCutCentimes}`,
    ),
    check(
      'incentive_statements_validated_check',
      sql`${table.status} = 'computed' or (${table.validatedAt} is not null and ${table.validatedBy} is not null)`,
    ),
  ],
);

/** The lines of a statement: one per rule that paid something, in rule order. */
export const incentiveStatementLines = pgTable(
  'incentive_statement_lines',
  {
    gstId: uuid('gst_id').notNull(),
    statementId: uuid('statement_id').notNull(),
    position: integer('position').notNull(),
    ruleCode: text('rule_code').notNull(),
    label: text('label').notNull(),
    activity: text('activity').notNull(),
    unitAmountCentimes: integer('unit_amount_centimes').notNull(),
    itemCount: integer('item_count').notNull(),
    subtotalCentimes: integer('subtotal_centimes').notNull(),
    ruleCapCutCentimes: integer('rule_cap_cut_centimes').notNull(),
    monthlyCapCutCentimes: integer('monthly_cap_cut_centimes').notNull(),
    totalCentimes: integer('total_centimes').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.statementId, table.position] }),
    foreignKey({
      name: 'incentive_statement_lines_statement_fk',
      columns: [table.gstId, table.statementId],
      foreignColumns: [incentiveStatements.gstId, incentiveStatements.id],
    }).onDelete('cascade'),
    check(
      'incentive_statement_lines_total_check',
      sql`${table.totalCentimes} = ${table.subtotalCentimes} - ${table.ruleCapCutCentimes} - ${table.monthlyCapCutCentimes}`,
    ),
  ],
);

/**
 * The activities a line pays, one row each: the act, encounter or shift (`rosterId/shiftId`) and what it earned. The
 * unique index makes the database refuse to pay the same activity twice, whatever statement it would land in.
 */
export const incentiveStatementItems = pgTable(
  'incentive_statement_items',
  {
    gstId: uuid('gst_id').notNull(),
    statementId: uuid('statement_id').notNull(),
    linePosition: integer('line_position').notNull(),
    sourceType: text('source_type').notNull(),
    sourceId: text('source_id').notNull(),
    activity: text('activity').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    establishmentId: uuid('establishment_id'),
    amountCentimes: integer('amount_centimes').notNull(),
    multiplied: boolean('multiplied').notNull().default(false),
  },
  (table) => [
    primaryKey({ columns: [table.gstId, table.sourceType, table.sourceId] }),
    index('incentive_statement_items_statement_idx').on(table.gstId, table.statementId, table.linePosition),
    foreignKey({
      name: 'incentive_statement_items_line_fk',
      columns: [table.gstId, table.statementId, table.linePosition],
      foreignColumns: [
        incentiveStatementLines.gstId,
        incentiveStatementLines.statementId,
        incentiveStatementLines.position,
      ],
    }).onDelete('cascade'),
    check(
      'incentive_statement_items_source_check',
      sql`${table.sourceType} in ('roster_shift', 'care_act', 'encounter')`,
    ),
  ],
);
