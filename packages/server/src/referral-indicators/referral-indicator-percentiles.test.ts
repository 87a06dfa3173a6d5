import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom, type ReferralMeasures } from '@tansiq/domain';
import { insertHistoricalReferrals, type HistoricalReferral } from '@tansiq/db';
import { buildEstablishment, buildUser, gstOf, testPassword } from '../testing/factories';
import { buildPatient } from '../testing/patient-factories';
import { createTestContext, login, request, type TestContext } from '../testing/test-app';

/**
 * The indicators against a plain computation over a random history: 3 health centres of region 05 referring to one
 * hospital in June 2024, delays in whole minutes (the indicators are exact to the minute), counts and rates by hand
 * and percentiles by linear interpolation over each group's sorted delays, as percentile_cont does. Region 05 and 2024
 * are used by no other test, so the file can share a PostgreSQL server with them.
 */
let context: TestContext;
let gstId: string;
let origins: string[];
let history: HistoricalReferral[];

const minute = 60_000;

function pastReferral(random: () => number, patientId: string, destination: string): HistoricalReferral {
  const sentAt = new Date(Date.UTC(2024, 5, 1) + Math.floor(random() * 29 * 1440) * minute);
  const later = (from: Date, maxMinutes: number) =>
    new Date(from.getTime() + Math.floor(random() * maxMinutes) * minute);
  const fate = random();
  const acceptedAt = fate < 0.8 ? later(sentAt, 5 * 1440) : null;
  const declinedAt = fate >= 0.8 && fate < 0.9 ? later(sentAt, 2 * 1440) : null;
  const firstBookedAt = acceptedAt && random() < 0.85 ? later(acceptedAt, 20 * 1440) : null;
  const noShow = firstBookedAt !== null && random() < 0.15;
  const attendedAt = firstBookedAt && !noShow ? later(firstBookedAt, 10 * 1440) : null;
  const counterReferredAt = attendedAt && random() < 0.7 ? later(attendedAt, 7 * 1440) : null;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  return {
    id: randomUUID(),
    number: `SMD-P-${randomUUID()}`,
    patientId,
    senderUserId: patientId,
    specialtyCode: pick(['cardiology', 'paediatrics'] as const),
    status: counterReferredAt
      ? 'counter_referred'
      : attendedAt
        ? 'attended'
        : noShow
          ? 'no_show'
          : firstBookedAt
            ? 'booked'
            : acceptedAt
              ? 'accepted'
              : declinedAt
                ? 'declined'
                : 'sent',
    originEstablishmentId: pick(origins),
    destinationEstablishmentId: destination,
    pathwayRank: random() < 0.7 ? 1 : null,
    sentAt,
    acceptedAt,
    declinedAt,
    firstBookedAt,
    attendedAt,
    counterReferredAt,
    closedAt: null,
    redirected: random() < 0.1,
    noShow,
  };
}

beforeAll(async () => {
  context = await createTestContext();
  const db = context.handle.db;
  gstId = (await gstOf(db, '05')).id;
  const place = { provinceCode: '05.081', lon: -7.6, lat: 32.3 };
  origins = [];
  for (const name of ['CSR P1', 'CSR P2', 'CSR P3']) {
    origins.push((await buildEstablishment(db, gstId, { ...place, nameFr: name })).id);
  }
  const hospital = await buildEstablishment(db, gstId, { ...place, type: 'CHP', level: 'secondary', nameFr: 'CHP P' });
  const patient = await buildPatient(db, gstId, { establishmentId: origins[0] ?? '' });
  const random = seededRandom(11);
  history = Array.from({ length: 150 }, () => pastReferral(random, patient.id, hospital.id));
  await insertHistoricalReferrals(db, gstId, history);
}, 60_000);

afterAll(async () => {
  await context.close();
});

/** percentile_cont over the sorted list, in days rounded as the API rounds. */
function percentile(p: number, minutes: number[]): number {
  const sorted = [...minutes].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const below = sorted[Math.floor(position)] ?? 0;
  const above = sorted[Math.ceil(position)] ?? 0;
  return Math.round(((below + (position - Math.floor(position)) * (above - below)) / 1440) * 100) / 100;
}

/** What the API should answer for a set of referrals, computed the plain way. */
function expected(referrals: HistoricalReferral[]) {
  const delay = (pick: (referral: HistoricalReferral) => Date | null) => {
    const minutes = referrals
      .filter((referral) => pick(referral) !== null)
      .map((referral) => ((pick(referral)?.getTime() ?? 0) - referral.sentAt.getTime()) / minute);
    return minutes.length < 5
      ? { median: null, p90: null }
      : { median: percentile(0.5, minutes), p90: percentile(0.9, minutes) };
  };
  const count = (test: (referral: HistoricalReferral) => boolean) => referrals.filter(test).length;
  return {
    referrals: referrals.length,
    inPathway: count((referral) => referral.pathwayRank !== null),
    declineRate: count((referral) => referral.declinedAt !== null) / referrals.length,
    redirectRate: count((referral) => referral.redirected) / referrals.length,
    noShowRate: count((referral) => referral.noShow) / count((referral) => referral.firstBookedAt !== null),
    counterReferralCompletion:
      count((referral) => referral.counterReferredAt !== null) / count((referral) => referral.attendedAt !== null),
    delays: {
      acceptance: delay((referral) => referral.acceptedAt),
      appointment: delay((referral) => referral.firstBookedAt),
      attendance: delay((referral) => referral.attendedAt),
      counterReferral: delay((referral) => referral.counterReferredAt),
    },
  };
}

describe('referral indicators on a random history', () => {
  it('give the counts, rates and delay percentiles of a plain computation, per origin and in total', async () => {
    const user = await buildUser(context.handle.db, 'gst_director', { scopeLevel: 'gst', gstId });
    const director = await login(context.app, user.username, testPassword);
    const url = `/api/referral-indicators?gstId=${gstId}&from=2024-06-01&to=2024-06-30&side=origin&groupBy=establishment`;
    const response = await request(context.app, director, 'GET', url);
    expect(response.statusCode, response.body).toBe(200);
    const { rows, totals } = response.json<{
      rows: (ReferralMeasures & { key: string })[];
      totals: ReferralMeasures;
    }>();
    expect(totals).toMatchObject(expected(history));
    expect(rows.map((row) => row.key).sort()).toEqual([...origins].sort());
    for (const row of rows) {
      expect(row).toMatchObject(expected(history.filter((referral) => referral.originEstablishmentId === row.key)));
    }
  });

  it('give the same percentiles per specialty and per month as per establishment', async () => {
    const user = await buildUser(context.handle.db, 'gst_director', { scopeLevel: 'gst', gstId });
    const director = await login(context.app, user.username, testPassword);
    const period = `gstId=${gstId}&from=2024-06-01&to=2024-06-30`;
    const bySpecialty = await request(
      context.app,
      director,
      'GET',
      `/api/referral-indicators?${period}&groupBy=specialty`,
    );
    for (const row of bySpecialty.json<{ rows: (ReferralMeasures & { key: string })[] }>().rows) {
      expect(row).toMatchObject(expected(history.filter((referral) => referral.specialtyCode === row.key)));
    }
    const byMonth = await request(context.app, director, 'GET', `/api/referral-indicators?${period}&groupBy=month`);
    expect(byMonth.json<{ rows: ReferralMeasures[] }>().rows).toEqual([
      expect.objectContaining({ key: '2024-06', ...expected(history) }),
    ]);
  });
});
