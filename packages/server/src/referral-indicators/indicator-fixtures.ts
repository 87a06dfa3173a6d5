import { randomUUID } from 'node:crypto';
import type { ReferralStatus, Role, ScopeLevel } from '@tansiq/domain';
import { insertHistoricalReferrals, insertHistoricalTeleexpertise, type HistoricalReferral } from '@tansiq/db';
import { buildEstablishment, buildUser, gstOf, testPassword } from '../testing/factories';
import { buildPatient } from '../testing/patient-factories';
import { createTestContext, login, type TestContext, type TestSession } from '../testing/test-app';

/**
 * A small history in the Guelmim-Oued Noun GST (region 10, so tests on a shared server do not meet TTA's referrals):
 * two health centres (A in Guelmim, B in Tan-Tan) referring to cardiology at a hospital H, in March 2026, with delays
 * chosen so medians can be worked out by hand (see the test). One more referral in April, outside March.
 */
export interface IndicatorWorld {
  context: TestContext;
  gstId: string;
  a: string;
  b: string;
  h: string;
  session(
    role: Role,
    scopeLevel: ScopeLevel,
    place?: { provinceCode?: string; establishmentId?: string },
  ): Promise<TestSession>;
}

const day = 86_400_000;
type Days = number | null;
/** Origin, pathway rank, then days from sending to acceptance, decline, booking, attendance, counter-referral. */
type Plan = [string, number | null, Days, Days, Days, Days, Days, redirected: boolean, noShow: boolean];

const statusOf = ([, , accepted, , booked, attended, counterReferred, , noShow]: Plan): ReferralStatus => {
  if (noShow) {
    return 'no_show';
  }
  if (counterReferred !== null) {
    return 'counter_referred';
  }
  if (attended !== null) {
    return 'attended';
  }
  if (booked !== null) {
    return 'booked';
  }
  return accepted === null ? 'declined' : 'accepted';
};
const sentAt = (index: number) => new Date(Date.UTC(2026, 2, 2, 8, index));
const after = (from: Date, days: number | null) => (days === null ? null : new Date(from.getTime() + days * day));

export async function buildIndicatorWorld(): Promise<IndicatorWorld> {
  const context = await createTestContext();
  const db = context.handle.db;
  const gst = await gstOf(db, '10');
  const place = { provinceCode: '10.261', lon: -10.06, lat: 28.99 };
  const a = (await buildEstablishment(db, gst.id, { ...place, nameFr: 'CSR A' })).id;
  const b = (await buildEstablishment(db, gst.id, { provinceCode: '10.521', lon: -11.1, lat: 28.44, nameFr: 'CSR B' }))
    .id;
  const h = (await buildEstablishment(db, gst.id, { ...place, type: 'CHR', level: 'tertiary', nameFr: 'CHR H' })).id;
  const patient = await buildPatient(db, gst.id, { establishmentId: a });
  const sender = randomUUID();
  const plan: Plan[] = [
    [a, 1, 1, null, 10, 20, 25, false, false],
    [a, 1, 2, null, 12, 22, 30, true, false],
    [a, 1, 3, null, 14, 24, null, false, false],
    [a, 1, 4, null, 16, 26, null, false, false],
    [a, 1, 5, null, 18, null, null, false, true],
    [a, null, 6, null, null, null, null, false, false],
    [a, null, null, 1, null, null, null, false, false],
    [b, null, 8, null, null, null, null, false, false],
    [b, null, null, 2, null, null, null, false, false],
  ];
  // The last one is sent in April, outside March.
  plan.push([a, 1, null, null, null, null, null, false, false]);
  const rows: HistoricalReferral[] = plan.map((step, index) => {
    const [origin, rank, accepted, declined, booked, attended, counterReferred, redirected, noShow] = step;
    const sent = index === 9 ? new Date('2026-04-10T08:00:00Z') : sentAt(index);
    const status = index === 9 ? 'sent' : statusOf(step);
    return {
      id: randomUUID(),
      number: `GON-T-${randomUUID()}`,
      patientId: patient.id,
      senderUserId: sender,
      specialtyCode: 'cardiology',
      status,
      originEstablishmentId: origin,
      destinationEstablishmentId: h,
      pathwayRank: rank,
      sentAt: sent,
      acceptedAt: after(sent, accepted),
      declinedAt: after(sent, declined),
      firstBookedAt: after(sent, booked),
      attendedAt: after(sent, attended),
      counterReferredAt: after(sent, counterReferred),
      closedAt: null,
      redirected,
      noShow,
    };
  });
  await insertHistoricalReferrals(db, gst.id, rows);
  // Tele-expertise A → H: answered in 2, 4, 6, 8 and 10 hours (three as advice only), one still open.
  const kinds = ['advice', 'advice', 'advice', 'referral', 'referral', null] as const;
  await insertHistoricalTeleexpertise(
    db,
    gst.id,
    kinds.map((answerKind, index) => {
      const createdAt = new Date(Date.UTC(2026, 2, 3, 8, index));
      return {
        id: randomUUID(),
        number: `GON-TE-${randomUUID()}`,
        patientId: patient.id,
        requesterUserId: sender,
        specialtyCode: 'cardiology',
        originEstablishmentId: a,
        destinationEstablishmentId: h,
        createdAt,
        answeredAt: answerKind ? new Date(createdAt.getTime() + (index + 1) * 2 * 3_600_000) : null,
        answerKind,
      };
    }),
  );
  return {
    context,
    gstId: gst.id,
    a,
    b,
    h,
    async session(role, scopeLevel, placeOfRole = {}) {
      const user = await buildUser(db, role, {
        scopeLevel,
        gstId: scopeLevel === 'national' ? null : gst.id,
        provinceCode: placeOfRole.provinceCode ?? null,
        establishmentId: placeOfRole.establishmentId ?? null,
      });
      return login(context.app, user.username, testPassword);
    },
  };
}
