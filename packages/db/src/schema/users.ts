import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { gsts } from './gsts';

/** People who sign in. A user may hold roles in several GSTs; `home_gst_id` says who administers the account. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    locale: text('locale').notNull().default('fr'),
    homeGstId: uuid('home_gst_id').references(() => gsts.id),
    isActive: boolean('is_active').notNull().default(true),
    isDemo: boolean('is_demo').notNull().default(false),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check('users_locale_check', sql`${table.locale} in ('fr', 'ar', 'en')`),
    index('users_home_gst_id_idx').on(table.homeGstId),
  ],
);

/** A role held over a scope (national | GST | province | establishment) for a period. */
export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').notNull(),
    scopeLevel: text('scope_level').notNull(),
    gstId: uuid('gst_id').references(() => gsts.id),
    provinceCode: text('province_code'),
    establishmentId: uuid('establishment_id'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check(
      'role_assignments_role_check',
      sql`${table.role} in ('national_admin', 'gst_director', 'gst_admin', 'establishment_admin', 'physician', 'nurse', 'secretary', 'hr_officer', 'finance_officer', 'analyst', 'data_protection_officer')`,
    ),
    check('role_assignments_scope_check', sql`${table.scopeLevel} in ('national', 'gst', 'province', 'establishment')`),
    check(
      'role_assignments_scope_ids_check',
      sql`(${table.scopeLevel} = 'national') = (${table.gstId} is null)
        and (${table.scopeLevel} = 'province') = (${table.provinceCode} is not null)
        and (${table.scopeLevel} = 'establishment') = (${table.establishmentId} is not null)`,
    ),
    index('role_assignments_user_id_idx').on(table.userId),
  ],
);

/** Server-side sessions: the cookie holds a random token, the table its SHA-256 hash. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (table) => [index('sessions_user_id_idx').on(table.userId)],
);

/** Login attempts, for rate limiting per IP and per account across restarts. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    attemptedAt: timestamp('attempted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('login_attempts_username_idx').on(table.username, table.attemptedAt),
    index('login_attempts_ip_idx').on(table.ip, table.attemptedAt),
  ],
);
