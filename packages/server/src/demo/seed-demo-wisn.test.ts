import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { listWisnStandards, queryRows, type DatabaseHandle } from '@tansiq/db';
import { openTestDatabase } from '../testing/test-database';
import { gstOf } from '../testing/factories';
import { demoWisnStandards } from './demo-wisn-standards';
import { seedDemoWisn } from './seed-demo-wisn';

let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
}, 60_000);

afterAll(async () => {
  await handle.close();
});

describe('seedDemoWisn', () => {
  it('stores valid default standards once, marked to be confirmed, and is idempotent', async () => {
    // Dakhla-Oued Ed-Dahab, a GST with no standards yet (each test file has a database of its own).
    const gst = await gstOf(handle.db, '12');
    const first = await seedDemoWisn(handle.db, gst.id);
    expect(first.standards).toBe(demoWisnStandards().length);
    expect(await seedDemoWisn(handle.db, gst.id)).toEqual({ standards: 0 });
    const stored = await listWisnStandards(handle.db, gst.id);
    expect(stored).toHaveLength(first.standards);
    const labels = stored.flatMap((standard) => standard.serviceStandards.map((service) => service.label));
    expect(labels.every((label) => label.includes('à confirmer'))).toBe(true);
    const [audit] = await queryRows(
      handle.db,
      sql`select count(*)::int as n from audit_events where action = 'wisn_standard.seed' and gst_id = ${gst.id}`,
    );
    expect(Number(audit?.n)).toBe(1);
  });
});
