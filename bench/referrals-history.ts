// The history of `npm run bench:referrals`: N past referrals (2 years, TTA, 60 health centres → 12 hospitals, 10
// specialties) with plausible step timestamps, and a tenth as many tele-expertise requests, bulk-written with `unnest`
// in chunks; then each dashboard query timed through the HTTP API as the GST's director.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql, type SQL } from 'drizzle-orm';
import { addDays, seededRandom, todayInMorocco, type ReferralStatus } from '@tansiq/domain';
import {
  insertHistoricalReferrals,
  insertHistoricalTeleexpertise,
  listCommunes,
  type HistoricalReferral,
  type HistoricalTeleexpertise,
} from '@tansiq/db';
import { buildEstablishment } from '../packages/server/src/testing/factories';
import { call, percentile, Recorder, signIn } from './referrals-http';
import type { BenchWorld } from './referrals-world';

const specialtyCodes = [
  'cardiology',
  'internal_medicine',
  'paediatrics',
  'general_surgery',
  'orthopaedics',
  'gynaecology_obstetrics',
  'neonatology',
  'emergency',
  'maternal_health',
  'anaesthesia_icu',
];
const day = 86_400_000;
const chunkSize = 10_000;

async function buildNetwork(world: BenchWorld) {
  const db = world.handle.db;
  const communes = (await listCommunes(db, { regionCode: '01' })).filter((commune) => commune.lon !== 0);
  const place = (index: number) => {
    const commune = communes[(index * 7) % communes.length];
    return { provinceCode: commune?.provinceCode ?? '01.151', lon: commune?.lon ?? -5.26, lat: commune?.lat ?? 35.16 };
  };
  const origins: string[] = [];
  const destinations: string[] = [];
  for (let index = 0; index < 60; index += 1) {
    origins.push(
      (await buildEstablishment(db, world.gstId, { ...place(index), nameFr: `CSR historique ${index}` })).id,
    );
  }
  for (let index = 0; index < 12; index += 1) {
    const hospital = { ...place(index * 5 + 3), type: 'CHP' as const, level: 'secondary' as const };
    destinations.push(
      (await buildEstablishment(db, world.gstId, { ...hospital, nameFr: `CHP historique ${index}` })).id,
    );
  }
  return { origins, destinations };
}

/** One past referral: most are accepted within days, booked within weeks, attended, and counter-referred. */
function pastReferral(random: () => number, network: { origins: string[]; destinations: string[] }, patientId: string) {
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] ?? '';
  const sentAt = new Date(Date.now() - random() * 730 * day);
  const later = (from: Date, meanDays: number) => new Date(from.getTime() + -Math.log(1 - random()) * meanDays * day);
  const fate = random();
  const accepted = fate < 0.86 ? later(sentAt, 2) : null;
  const declined = fate >= 0.86 && fate < 0.94 ? later(sentAt, 1.5) : null;
  const booked = accepted && random() < 0.85 ? later(accepted, 12) : null;
  const noShow = booked !== null && random() < 0.08;
  const attended = booked && !noShow && random() < 0.95 ? later(booked, 10) : null;
  const counterReferred = attended && random() < 0.8 ? later(attended, 4) : null;
  const now = new Date();
  const past = (moment: Date | null) => (moment && moment < now ? moment : null);
  const at = {
    acceptedAt: past(accepted),
    declinedAt: past(declined),
    firstBookedAt: past(booked),
    attendedAt: past(attended),
    counterReferredAt: past(counterReferred),
  };
  const status: ReferralStatus = at.counterReferredAt
    ? 'counter_referred'
    : at.attendedAt
      ? 'attended'
      : noShow && at.firstBookedAt
        ? 'no_show'
        : at.firstBookedAt
          ? 'booked'
          : at.acceptedAt
            ? 'accepted'
            : at.declinedAt
              ? 'declined'
              : 'sent';
  const inPathway = random() < 0.8;
  return {
    id: randomUUID(),
    number: `H-${randomUUID()}`,
    patientId,
    senderUserId: patientId,
    specialtyCode: pick(specialtyCodes),
    status,
    originEstablishmentId: pick(network.origins),
    destinationEstablishmentId: pick(network.destinations),
    pathwayRank: inPathway ? 1 + Math.floor(random() * 3) : null,
    sentAt,
    ...at,
    closedAt: null,
    redirected: random() < 0.03,
    noShow: noShow && at.firstBookedAt !== null,
  } satisfies HistoricalReferral;
}

const historyTables = `('referrals'::regclass, 'referral_events'::regclass, 'teleexpertise_requests'::regclass)`;

/**
 * Runs `write` without the secondary indexes and foreign keys of the history's tables, then builds them again from
 * their saved definitions, as pg_restore does (the keys are validated then, in one pass each). Measured at 1,000,000
 * referrals, a chunk of 10,000 took 1.8–2.5 s with them and 0.09 s without: the 6 foreign-key checks per row (a
 * `for key share` lock on the patient, establishments, GST and specialty rows) cost ~1.1 s, and the 7 secondary
 * B-trees, updated at random places (random ids and numbers, send dates spread over two years), the rest, with ~67 MB
 * of WAL per chunk (full-page images after each checkpoint) that forced a checkpoint every ~15 chunks.
 */
async function withoutIndexesAndKeys(
  db: BenchWorld['handle']['db'],
  log: (line: string) => void,
  write: () => Promise<void>,
) {
  const rows = async (query: SQL) => {
    const result: unknown = await db.execute(query);
    return (result as { rows: Record<string, string>[] }).rows;
  };
  const keys = await rows(
    sql.raw(`select conrelid::regclass::text as "table", conname as name,
      pg_get_constraintdef(oid) as definition
    from pg_constraint where contype = 'f' and conrelid in ${historyTables}`),
  );
  const indexes = await rows(
    sql.raw(`select indexrelid::regclass::text as name, pg_get_indexdef(indexrelid) as definition
    from pg_index i where indrelid in ${historyTables} and not indisprimary
      and not exists (select from pg_constraint c where c.conindid = i.indexrelid)`),
  );
  for (const key of keys) {
    await db.execute(sql.raw(`alter table ${key.table} drop constraint ${key.name}`));
  }
  for (const index of indexes) {
    await db.execute(sql.raw(`drop index ${index.name}`));
  }
  await write();
  const started = performance.now();
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
    for (const index of indexes) {
      await tx.execute(sql.raw(index.definition ?? ''));
    }
    for (const key of keys) {
      await tx.execute(sql.raw(`alter table ${key.table} add constraint ${key.name} ${key.definition}`));
    }
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`  ${indexes.length} indexes and ${keys.length} foreign keys built again in ${seconds} s`);
}

/** Writes `count` past referrals (and count / 10 tele-expertise requests); returns rows written per second. */
export async function writeHistory(world: BenchWorld, count: number, log: (line: string) => void): Promise<number> {
  const db = world.handle.db;
  const network = await buildNetwork(world);
  const patients = world.clients.flatMap((client) => client.patients);
  const random = seededRandom(7);
  const started = performance.now();
  await withoutIndexesAndKeys(db, log, async () => {
    for (let done = 0; done < count; done += chunkSize) {
      const size = Math.min(chunkSize, count - done);
      const rows = Array.from({ length: size }, (_, index) =>
        pastReferral(random, network, patients[(done + index) % patients.length] ?? ''),
      );
      const requests: HistoricalTeleexpertise[] = rows
        .filter((_, index) => index % 10 === 0)
        .map((row) => ({
          id: randomUUID(),
          number: `HT-${randomUUID()}`,
          patientId: row.patientId,
          requesterUserId: row.senderUserId,
          specialtyCode: row.specialtyCode,
          originEstablishmentId: row.originEstablishmentId,
          destinationEstablishmentId: row.destinationEstablishmentId,
          createdAt: row.sentAt,
          answeredAt: random() < 0.9 ? new Date(row.sentAt.getTime() + random() * 2 * day) : null,
          answerKind: random() < 0.55 ? 'advice' : 'referral',
        }));
      await db.transaction(async (tx) => {
        await insertHistoricalReferrals(tx, world.gstId, rows);
        await insertHistoricalTeleexpertise(
          tx,
          world.gstId,
          requests.map((request) => (request.answeredAt ? request : { ...request, answerKind: null })),
        );
      });
      if ((done / chunkSize) % 20 === 0) {
        log(
          `  ${(done + size).toLocaleString('en')} referrals written (${((performance.now() - started) / 1000).toFixed(1)} s)`,
        );
      }
    }
  });
  const seconds = (performance.now() - started) / 1000;
  // Fresh statistics and visibility map, as autovacuum gives a server some time after a bulk load. The establishments
  // too: never analysed, the planner took the GST's 112 for one row and read the referrals through a nested loop.
  await db.execute(sql`vacuum (analyze) referrals, referral_events, teleexpertise_requests, establishments`);
  return count / seconds;
}

export interface QueryTiming {
  name: string;
  medianMs: number;
  maxMs: number;
  rows: number;
}

/** Times each dashboard query of the last 12 months (3 runs each, no warm-up) through the HTTP API. */
export async function timeDashboardQueries(world: BenchWorld): Promise<QueryTiming[]> {
  const director = await signIn(world.baseUrl, world.director.username, world.password);
  const to = todayInMorocco();
  const period = `gstId=${world.gstId}&from=${addDays(to, -364)}&to=${to}`;
  const queries: [string, string][] = [
    ['by specialty', `/api/referral-indicators?${period}&groupBy=specialty`],
    ['by destination establishment', `/api/referral-indicators?${period}&groupBy=establishment`],
    ['by origin province', `/api/referral-indicators?${period}&groupBy=province&side=origin`],
    ['by month', `/api/referral-indicators?${period}&groupBy=month`],
    ['by month, one specialty', `/api/referral-indicators?${period}&groupBy=month&specialtyCode=cardiology`],
    ['flows', `/api/referral-indicators/flows?${period}`],
  ];
  const recorder = new Recorder();
  const timings: QueryTiming[] = [];
  for (const [name, path] of queries) {
    let rows = 0;
    for (let run = 0; run < 3; run += 1) {
      const body = await call(recorder, world.baseUrl, director, name, 'GET', path);
      if (typeof body === 'object' && body !== null) {
        rows =
          'rows' in body && Array.isArray(body.rows)
            ? body.rows.length
            : 'routes' in body && Array.isArray(body.routes)
              ? body.routes.length
              : 0;
      }
    }
    const samples = recorder.latencies.get(name) ?? [];
    if (recorder.errors.get(name)) {
      throw new Error(`Dashboard query ${name} failed: ${recorder.errorSamples.join('; ')}`);
    }
    timings.push({ name, medianMs: percentile(samples, 50), maxMs: Math.max(...samples), rows });
  }
  return timings;
}
