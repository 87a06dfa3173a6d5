import { sql } from 'drizzle-orm';
import { boolean, check, date, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { regions } from './territory';

/** One Groupement Sanitaire Territorial per region (loi 08-22 art. 1). */
export const gsts = pgTable(
  'gsts',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull().unique(),
    regionCode: text('region_code')
      .notNull()
      .unique()
      .references(() => regions.code),
    nameFr: text('name_fr').notNull(),
    nameAr: text('name_ar').notNull(),
    isPilot: boolean('is_pilot').notNull().default(false),
    status: text('status').notNull(),
    operationalSince: date('operational_since', { mode: 'string' }),
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('gsts_status_check', sql`${table.status} in ('planned', 'operational')`)],
);
