// The world of `npm run bench:referrals`: a database of its own on the PostgreSQL server of DATABASE_URL (created,
// migrated, dropped at the end), a TTA network (per client an origin health centre with its patients and nurse, and a
// destination hospital with cardiology sessions of 200 slots every day and its physician), and the real HTTP app
// listening on an ephemeral port. Built with the test factories: the same writes as the tests, nothing hand-rolled.
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import pg from 'pg';
import { todayInMorocco } from '@tansiq/domain';
import { insertSchedule, openDatabase, type DatabaseHandle } from '@tansiq/db';
import { buildApp } from '../packages/server/src/app';
import { loadConfig } from '../packages/server/src/config';
import type { AppInstance } from '../packages/server/src/http/app-types';
import type { JobQueue } from '../packages/server/src/jobs/job-queue';
import { prepareDatabase } from '../packages/server/src/prepare-database';
import { buildEstablishment, buildUser, gstOf, testPassword } from '../packages/server/src/testing/factories';
import { buildPatient } from '../packages/server/src/testing/patient-factories';

/** One client's corner of the network. */
export interface ClientWorld {
  origin: string;
  destination: string;
  patients: string[];
  nurse: { username: string };
  physician: { username: string };
}

export interface BenchWorld {
  handle: DatabaseHandle;
  gstId: string;
  baseUrl: string;
  clients: ClientWorld[];
  director: { username: string };
  password: string;
  dispose(): Promise<void>;
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

const noJobs: JobQueue = {
  send: () => Promise.reject(new Error('No jobs in the bench')),
  stop: () => Promise.resolve(),
};

async function buildClient(handle: DatabaseHandle, gstId: string, index: number): Promise<ClientWorld> {
  const db = handle.db;
  const origin = await buildEstablishment(db, gstId, { nameFr: `CSR banc d'essai ${index}` });
  const destination = await buildEstablishment(db, gstId, {
    type: 'CHP',
    level: 'secondary',
    nameFr: `CHP banc d'essai ${index}`,
    lon: -5.8 + index * 0.01,
    lat: 35.7,
    services: [{ specialtyCode: 'cardiology', beds: 12 }],
    equipment: [],
  });
  await db.transaction(async (tx) => {
    for (let weekday = 1; weekday <= 7; weekday += 1) {
      await insertSchedule(
        tx,
        gstId,
        {
          id: randomUUID(),
          establishmentId: destination.id,
          specialtyCode: 'cardiology',
          weekday,
          startTime: '08:00',
          endTime: '18:00',
          slotCount: 200,
          mode: 'in_person',
          validFrom: todayInMorocco(),
          validTo: null,
        },
        null,
      );
    }
  });
  const patients: string[] = [];
  for (let count = 0; count < 10; count += 1) {
    patients.push((await buildPatient(db, gstId, { establishmentId: origin.id, localId: null })).id);
  }
  const at = (role: 'nurse' | 'physician', establishmentId: string) =>
    buildUser(db, role, { scopeLevel: 'establishment', gstId, establishmentId });
  return {
    origin: origin.id,
    destination: destination.id,
    patients,
    nurse: await at('nurse', origin.id),
    physician: await at('physician', destination.id),
  };
}

/**
 * Creates the bench database and world, and starts the app on it.
 * @throws Error without DATABASE_URL: the figures only mean something on a PostgreSQL server.
 */
export async function openBenchWorld(clientCount: number, root: string): Promise<BenchWorld> {
  const config = loadConfig({ ...process.env, DEMO_MODE: 'false', DATA_DIR: '', LOG_LEVEL: 'silent' });
  if (config.database.kind !== 'postgres') {
    throw new Error(
      'bench:referrals needs a PostgreSQL server: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test). ' +
        'The embedded PGlite serves one connection at a time, so 20 concurrent clients would only measure its queue.',
    );
  }
  const serverUrl = config.database.url;
  const name = `tansiq_bench_referrals_${Date.now()}`;
  await onServer(serverUrl, `create database ${name}`);
  const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  // The app's own pool (DATABASE_POOL_SIZE, 10 by default): on two cores a larger one only adds contention.
  const handle = await openDatabase({ kind: 'postgres', url, poolSize: config.database.poolSize });
  await prepareDatabase(handle, { referenceDataDir: resolve(root, 'reference-data/morocco'), demoMode: false });
  const gst = await gstOf(handle.db, '01');
  const clients: ClientWorld[] = [];
  for (let index = 0; index < clientCount; index += 1) {
    clients.push(await buildClient(handle, gst.id, index));
  }
  const director = await buildUser(handle.db, 'gst_director', { scopeLevel: 'gst', gstId: gst.id });
  const app: AppInstance = await buildApp({ db: handle.db, config, jobs: noJobs }, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    handle,
    gstId: gst.id,
    baseUrl: `http://127.0.0.1:${port}`,
    clients,
    director,
    password: testPassword,
    async dispose() {
      await app.close();
      await handle.close();
      await onServer(serverUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
