import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { isAppError, orderPair, patientBlockingKeys } from '@tansiq/domain';
import { findPatientsByIds, insertMatchCandidates, queryRows, type Db } from '@tansiq/db';
import { openTestDatabase } from '../testing/test-database';
import { buildEstablishment, gstOf } from '../testing/factories';
import { buildPatient } from '../testing/patient-factories';
import type { DatabaseHandle } from '@tansiq/db';
import { mergePatients } from './merge-patients';

let handle: DatabaseHandle;
let db: Db;
let tta: { id: string };
let oriental: { id: string };
let establishmentId: string;

const system = { actor: null, requestId: null, ip: null };

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  tta = await gstOf(db, '01');
  oriental = await gstOf(db, '02');
  establishmentId = (await buildEstablishment(db, tta.id)).id;
});

afterAll(async () => {
  await handle.close();
});

const keysOf = async (patientId: string): Promise<string[]> =>
  (
    await queryRows(db, sql`select key from patient_match_keys where gst_id = ${tta.id} and patient_id = ${patientId}`)
  ).map((row) => String(row.key));

const pairRow = async (a: string, b: string) => {
  const pair = orderPair(a, b);
  const [row] = await queryRows(
    db,
    sql`select status, version, source, run_id from match_candidates
      where gst_id = ${tta.id} and patient_a_id = ${pair.patientAId} and patient_b_id = ${pair.patientBId}`,
  );
  return row;
};

async function buildPair() {
  const survivor = await buildPatient(db, tta.id, {
    overrides: { givenNameLatin: 'Mohamed', familyNameLatin: 'El Amrani', birthDate: '1961' },
    establishmentId,
  });
  const merged = await buildPatient(db, tta.id, {
    overrides: {
      givenNameLatin: 'Mohammed',
      familyNameLatin: 'Amrani',
      givenNameArabic: 'محمد',
      familyNameArabic: 'العمراني',
      birthDate: '1961-04-02',
      cin: 'LB123456',
      phones: ['0661234567'],
    },
    establishmentId,
  });
  return { survivor, merged };
}

describe('mergePatients', () => {
  it('merges into the survivor by the survivorship rules, keeping the merged record and its registrations', async () => {
    const { survivor, merged } = await buildPair();
    const { mergeId } = await db.transaction((tx) =>
      mergePatients(tx, system, {
        gstId: tta.id,
        survivorId: survivor.id,
        mergedId: merged.id,
        automatic: true,
        probability: 0.997,
        reasons: [{ field: 'cin', level: 'missing', weight: 0 }],
      }),
    );
    const [golden, old] = await Promise.all([
      findPatientsByIds(db, tta.id, [survivor.id]),
      findPatientsByIds(db, tta.id, [merged.id]),
    ]);
    expect(golden[0]).toMatchObject({
      status: 'active',
      version: 2,
      givenNameLatin: 'Mohamed',
      familyNameLatin: 'El Amrani',
      givenNameArabic: 'محمد',
      birthDate: '1961-04-02',
      cin: 'LB123456',
      phones: ['+212661234567'],
    });
    expect(old[0]).toMatchObject({ status: 'merged', mergedIntoId: survivor.id, version: 2, cin: 'LB123456' });
    const versions = await queryRows(
      db,
      sql`select patient_id, version, action from patient_versions where gst_id = ${tta.id}
        and patient_id in (${survivor.id}, ${merged.id}) order by patient_id, version`,
    );
    expect(
      versions
        .map((row) => `${row.patient_id === survivor.id ? 's' : 'm'}${String(row.version)}:${String(row.action)}`)
        .sort(),
    ).toEqual(['m1:created', 'm2:merged_into', 's1:created', 's2:merged']);
    const [merge] = await queryRows(db, sql`select * from patient_merges where gst_id = ${tta.id} and id = ${mergeId}`);
    expect(merge).toMatchObject({
      survivor_id: survivor.id,
      merged_id: merged.id,
      automatic: true,
      probability: 0.997,
    });
    expect(await pairRow(survivor.id, merged.id)).toMatchObject({ status: 'auto_merged', source: 'batch' });
    const registrations = await queryRows(
      db,
      sql`select patient_id from patient_registrations where gst_id = ${tta.id} and patient_id in (${survivor.id}, ${merged.id})`,
    );
    expect(registrations).toHaveLength(2);
  });

  it('moves the blocking keys of the merged record to the golden record', async () => {
    const { survivor, merged } = await buildPair();
    const mergedKeys = patientBlockingKeys([merged.state]).flat();
    expect(await keysOf(merged.id)).not.toHaveLength(0);
    await db.transaction((tx) =>
      mergePatients(tx, system, { gstId: tta.id, survivorId: survivor.id, mergedId: merged.id, automatic: false }),
    );
    expect(await keysOf(merged.id)).toEqual([]);
    expect(await keysOf(survivor.id)).toEqual(expect.arrayContaining(mergedKeys));
  });

  it('sets the queued pair to merged and supersedes the other pending pairs of the merged record', async () => {
    const { survivor, merged } = await buildPair();
    const third = await buildPatient(db, tta.id);
    const fourth = await buildPatient(db, tta.id);
    await insertMatchCandidates(db, tta.id, [
      { patientIds: [survivor.id, merged.id], probability: 0.9, reasons: [], source: 'registration' },
      { patientIds: [merged.id, third.id], probability: 0.8, reasons: [], source: 'registration' },
      { patientIds: [survivor.id, fourth.id], probability: 0.8, reasons: [], source: 'registration' },
    ]);
    await db.transaction((tx) =>
      mergePatients(tx, system, { gstId: tta.id, survivorId: survivor.id, mergedId: merged.id, automatic: false }),
    );
    expect(await pairRow(survivor.id, merged.id)).toMatchObject({
      status: 'merged',
      version: 2,
      source: 'registration',
    });
    expect(await pairRow(merged.id, third.id)).toMatchObject({ status: 'superseded' });
    expect(await pairRow(survivor.id, fourth.id)).toMatchObject({ status: 'pending', version: 1 });
  });

  it('audits the merge on the survivor, as the system when no one acts', async () => {
    const { survivor, merged } = await buildPair();
    const { mergeId } = await db.transaction((tx) =>
      mergePatients(tx, system, {
        gstId: tta.id,
        survivorId: survivor.id,
        mergedId: merged.id,
        automatic: true,
        probability: 0.99,
      }),
    );
    const [event] = await queryRows(
      db,
      sql`select * from audit_events where action = 'patient.merge' and patient_id = ${survivor.id}`,
    );
    expect(event).toMatchObject({ actor_user_id: null, gst_id: tta.id, entity_id: survivor.id, outcome: 'success' });
    expect(String(event?.request_id)).toMatch(/^system-/);
    expect(event?.details).toMatchObject({ mergeId, mergedId: merged.id, automatic: true, probability: 0.99 });
  });

  it('refuses a record already merged, another GST, or the same record twice, writing nothing', async () => {
    const { survivor, merged } = await buildPair();
    const third = await buildPatient(db, tta.id);
    const elsewhere = await buildPatient(db, oriental.id);
    await db.transaction((tx) =>
      mergePatients(tx, system, { gstId: tta.id, survivorId: survivor.id, mergedId: merged.id, automatic: false }),
    );
    const attempts = [
      { survivorId: third.id, mergedId: merged.id },
      { survivorId: merged.id, mergedId: third.id },
      { survivorId: third.id, mergedId: elsewhere.id },
      { survivorId: third.id, mergedId: third.id },
    ];
    for (const attempt of attempts) {
      const error: unknown = await db
        .transaction((tx) => mergePatients(tx, system, { gstId: tta.id, automatic: false, ...attempt }))
        .catch((caught: unknown) => caught);
      expect(isAppError(error) && error.code, JSON.stringify(attempt)).toBe('conflict');
    }
    expect((await findPatientsByIds(db, tta.id, [third.id]))[0]).toMatchObject({ status: 'active', version: 1 });
  });

  it('never merges automatically a pair a reviewer said is two people', async () => {
    const { survivor, merged } = await buildPair();
    await insertMatchCandidates(db, tta.id, [
      { patientIds: [survivor.id, merged.id], probability: 0.9, reasons: [], source: 'batch' },
    ]);
    const pair = orderPair(survivor.id, merged.id);
    await db.execute(
      sql`update match_candidates set status = 'not_duplicate' where gst_id = ${tta.id}
        and patient_a_id = ${pair.patientAId} and patient_b_id = ${pair.patientBId}`,
    );
    const error: unknown = await db
      .transaction((tx) =>
        mergePatients(tx, system, { gstId: tta.id, survivorId: survivor.id, mergedId: merged.id, automatic: true }),
      )
      .catch((caught: unknown) => caught);
    expect(isAppError(error) && error.code).toBe('conflict');
    expect(await pairRow(survivor.id, merged.id)).toMatchObject({ status: 'not_duplicate' });
  });

  it('lets one of two concurrent merges of the same record win; the other gets a conflict', async () => {
    const { survivor, merged } = await buildPair();
    const other = await buildPatient(db, tta.id);
    const results = await Promise.allSettled([
      db.transaction((tx) =>
        mergePatients(tx, system, { gstId: tta.id, survivorId: survivor.id, mergedId: merged.id, automatic: false }),
      ),
      db.transaction((tx) =>
        mergePatients(tx, system, { gstId: tta.id, survivorId: other.id, mergedId: merged.id, automatic: false }),
      ),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const [rejected] = results.filter((result) => result.status === 'rejected');
    expect(isAppError(rejected?.reason) && rejected.reason.code).toBe('conflict');
    const open = await queryRows(
      db,
      sql`select id from patient_merges where gst_id = ${tta.id} and merged_id = ${merged.id} and undone_at is null`,
    );
    expect(open).toHaveLength(1);
  });
});
