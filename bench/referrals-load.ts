// The load of `npm run bench:referrals`: N clients, each driving whole referral loops through the HTTP API on its own
// origin → destination corner until the deadline: create (sent) → accept → free slots → book → attend →
// counter-referral → close. Every step but the free-slot read is a state transition.
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { call, Recorder, signIn, type Session } from './referrals-http';
import type { BenchWorld, ClientWorld } from './referrals-world';

export interface LoadResult {
  recorder: Recorder;
  transitions: number;
  loops: number;
  seconds: number;
}

const counterReferral = {
  findings: 'Épreuve d’effort négative, échographie cardiaque normale.',
  diagnosis: 'Douleur thoracique non cardiaque',
  icd10Code: 'R07.4',
  treatment: 'Aucun traitement cardiologique.',
  recommendations: 'Prise en charge en médecine générale.',
  followUp: 'Pas de rendez-vous de cardiologie nécessaire.',
};

const versionOf = (body: unknown) =>
  typeof body === 'object' && body !== null && 'version' in body && typeof body.version === 'number' ? body.version : 0;
const idOf = (body: unknown) =>
  typeof body === 'object' && body !== null && 'id' in body && typeof body.id === 'string' ? body.id : '';

interface SignedInClient {
  client: ClientWorld;
  nurse: Session;
  physician: Session;
}

async function runClient(
  base: string,
  { client, nurse, physician }: SignedInClient,
  deadline: number,
  result: LoadResult,
) {
  const { recorder } = result;
  let turn = 0;
  while (performance.now() < deadline) {
    turn += 1;
    const created = await call(recorder, base, nurse, 'POST /api/referrals', 'POST', '/api/referrals', {
      patientId: client.patients[turn % client.patients.length],
      originEstablishmentId: client.origin,
      specialtyCode: 'cardiology',
      urgency: 'routine',
      destinationEstablishmentId: client.destination,
      reason: 'Douleur thoracique d’effort, bilan coronarien',
      clinicalSummary: 'Patient de 58 ans, diabétique, douleur thoracique depuis trois semaines.',
      offPathwayJustification: 'Banc d’essai : pas de filière publiée',
    });
    if (!created) {
      continue;
    }
    result.transitions += 1;
    const id = idOf(created);
    const step = async (name: string, path: string, version: number, extra: object = {}) => {
      const body = await call(recorder, base, physician, `POST /api/referrals/:id/${name}`, 'POST', path, {
        version,
        ...extra,
      });
      if (body) {
        result.transitions += 1;
      }
      return body;
    };
    const accepted = await step('accept', `/api/referrals/${id}/accept`, versionOf(created));
    if (!accepted) {
      continue;
    }
    const from = encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString());
    const slots = await call(
      recorder,
      base,
      physician,
      'GET /api/establishments/:id/services/:specialty/free-slots',
      'GET',
      `/api/establishments/${client.destination}/services/cardiology/free-slots?from=${from}&limit=1`,
    );
    const slot: unknown = Array.isArray(slots) ? slots[0] : undefined;
    if (
      typeof slot !== 'object' ||
      slot === null ||
      !('scheduleId' in slot) ||
      !('sessionDate' in slot) ||
      !('slotIndex' in slot)
    ) {
      continue;
    }
    const { scheduleId, sessionDate, slotIndex } = slot;
    const booked = await step('appointment', `/api/referrals/${id}/appointment`, versionOf(accepted), {
      scheduleId,
      sessionDate,
      slotIndex,
    });
    const attended = booked && (await step('attend', `/api/referrals/${id}/attend`, versionOf(booked)));
    const reported =
      attended &&
      (await step('counter-referral', `/api/referrals/${id}/counter-referral`, versionOf(attended), counterReferral));
    const closed =
      reported &&
      (await call(recorder, base, nurse, 'POST /api/referrals/:id/close', 'POST', `/api/referrals/${id}/close`, {
        version: versionOf(reported),
      }));
    if (closed) {
      result.transitions += 1;
      result.loops += 1;
    }
  }
}

/** What the parent sends the clients' process: where the app listens, and each client's corner. */
export interface LoadOrder {
  baseUrl: string;
  password: string;
  clients: ClientWorld[];
  seconds: number;
}

/** What the clients' process sends back: its counts, latencies and errors, and the CPU it used. */
export interface LoadReport {
  transitions: number;
  loops: number;
  seconds: number;
  latencies: [string, number[]][];
  errors: [string, number][];
  errorSamples: string[];
  cpuMs: number;
}

/** Runs the clients of `order` in this process (the clients' process, see referrals-clients.ts). */
export async function runClients(order: LoadOrder): Promise<LoadReport> {
  const result: LoadResult = { recorder: new Recorder(), transitions: 0, loops: 0, seconds: order.seconds };
  const signedIn: SignedInClient[] = [];
  for (const client of order.clients) {
    signedIn.push({
      client,
      nurse: await signIn(order.baseUrl, client.nurse.username, order.password),
      physician: await signIn(order.baseUrl, client.physician.username, order.password),
    });
  }
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + order.seconds * 1000;
  await Promise.all(signedIn.map((client) => runClient(order.baseUrl, client, deadline, result)));
  const cpu = process.cpuUsage(cpuBefore);
  return {
    transitions: result.transitions,
    loops: result.loops,
    seconds: (performance.now() - started) / 1000,
    latencies: [...result.recorder.latencies],
    errors: [...result.recorder.errors],
    errorSamples: result.recorder.errorSamples,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

/**
 * Runs the clients for `seconds` in a process of their own (as browsers would be on other machines: their HTTP work
 * does not share the server's event loop) and returns what they did.
 */
export function runLoad(world: BenchWorld, clientCount: number, seconds: number): Promise<LoadReport> {
  const order: LoadOrder = {
    baseUrl: world.baseUrl,
    password: world.password,
    clients: world.clients.slice(0, clientCount),
    seconds,
  };
  const child = fork(fileURLToPath(new URL('./referrals-clients.ts', import.meta.url)), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolvePromise, reject) => {
    child.once('message', (message) => resolvePromise(message as LoadReport));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`The clients' process exited with ${code} before reporting`)));
    child.send(order);
  });
}
