import { describe, expect, it } from 'vitest';
import { allowedReferralActions, defaultWorkingWeekdays, referralStatuses } from '@tansiq/domain';
import { planDemoReferrals, type DemoReferralWorld } from './plan-demo-referrals';

const ids = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}${String(index).padStart(4, '0')}-0000-4000-8000-000000000000`);
const centres = ids('c000', 20);
const [chp, chu] = ids('h000', 2) as [string, string];
const patients = ids('p000', 400);
const schedule = (id: string, weekday: number) => ({
  id,
  weekday,
  startTime: '08:30',
  endTime: '12:30',
  slotCount: 12,
  validFrom: '2025-06-01',
});

const world = (now: Date): DemoReferralWorld => ({
  now,
  gstId: '00000000-0000-4000-8000-000000000001',
  gstCode: 'GST-TTA',
  calendar: { workingWeekdays: defaultWorkingWeekdays, holidays: new Set(['2026-11-18']) },
  registrations: patients.map((patientId, index) => ({
    patientId,
    establishmentId: centres[index % centres.length] ?? '',
  })),
  pathways: new Map(
    ['cardiology', 'paediatrics'].map((specialty) => [
      specialty,
      new Map(
        centres.map((centre) => [centre, { mapId: 'map-' + specialty, destinations: [chp, chu], returnId: centre }]),
      ),
    ]),
  ),
  pathwaysEffectiveFrom: '2026-01-01',
  providers: new Map([
    ['cardiology', [chp, chu]],
    ['paediatrics', [chp, chu]],
  ]),
  hospitalTypes: new Map([
    [chp, 'CHP'],
    [chu, 'CHU'],
  ]),
  schedules: new Map([
    [`${chp}|cardiology`, [schedule('s1', 1), schedule('s2', 3)]],
    [`${chu}|cardiology`, [schedule('s3', 2)]],
    [`${chp}|paediatrics`, [schedule('s4', 4)]],
  ]),
  senderOf: () => 'sender',
  physicianOf: () => ({ userId: 'physician', displayName: 'Dr Démo' }),
});

describe('planDemoReferrals', () => {
  const now = new Date('2026-12-07T10:00:00Z');
  const year = planDemoReferrals(world(now), 10, 7);

  it('spreads a year of referrals over working days, numbered per year without gaps', () => {
    // 10 a working day, of which the two specialties this world offers get about 30 %.
    expect(year.records.length).toBeGreaterThan(600);
    const sent = year.records.map((record) => record.sentAt ?? '');
    expect(sent.every((time) => time <= now.toISOString() && time >= '2025-12-07')).toBe(true);
    const numbers2026 = year.records.filter((record) => record.number.includes('-R26-')).length;
    expect(year.counters.get(2026)).toBe(numbers2026);
  });

  it('never puts two appointments in one slot, nor an appointment outside its sessions', () => {
    const slots = year.appointments.map(
      (appointment) => `${appointment.scheduleId}|${appointment.sessionDate}|${appointment.slotIndex}`,
    );
    expect(new Set(slots).size).toBe(slots.length);
    expect(year.appointments.every((appointment) => appointment.slotIndex < 12)).toBe(true);
  });

  it('follows the pathway mostly, and justifies every referral outside it', () => {
    const inPathway = year.records.filter((record) => record.pathwayRank !== null).length;
    expect(inPathway / year.records.length).toBeGreaterThan(0.7);
    expect(year.records.every((record) => record.pathwayRank !== null || record.offPathwayJustification)).toBe(true);
  });

  it('leaves recent referrals in every open status and old ones mostly closed', () => {
    const statuses = new Set(year.records.map((record) => record.status));
    for (const status of ['sent', 'booked', 'attended', 'counter_referred', 'closed', 'declined'] as const) {
      expect(statuses).toContain(status);
    }
    expect([...statuses].every((status) => (referralStatuses as readonly string[]).includes(status))).toBe(true);
    const old = year.records.filter((record) => (record.sentAt ?? '') < '2026-06-01');
    expect(old.filter((record) => record.status === 'sent').length).toBe(0);
  });

  it('writes each history as steps the state machine allows, in time order', () => {
    const byReferral = new Map<string, typeof year.events>();
    for (const event of year.events) {
      byReferral.set(event.referralId, [...(byReferral.get(event.referralId) ?? []), event]);
    }
    for (const record of year.records.slice(0, 300)) {
      const events = byReferral.get(record.id) ?? [];
      expect(events[0]).toMatchObject({ action: 'send', toStatus: 'sent', sequence: 1 });
      expect(events[events.length - 1]?.toStatus).toBe(record.status);
      for (const [index, event] of events.entries()) {
        if (index === 0) {
          continue;
        }
        const previous = events[index - 1];
        expect(
          event.occurredAt >= (previous?.occurredAt ?? ''),
          `${record.number} ${previous?.action} ${previous?.occurredAt} → ${event.action} ${event.occurredAt}`,
        ).toBe(true);
        const party = event.establishmentId === record.originEstablishmentId ? 'sender' : 'destination';
        const role = party === 'sender' ? 'nurse' : 'physician';
        const allowed = allowedReferralActions(previous?.toStatus ?? 'draft', [{ party, role }], {
          urgency: record.urgency,
          directBooking: false,
        });
        expect(allowed, `${record.number}: ${previous?.toStatus} → ${event.action}`).toContain(event.action);
      }
    }
  });

  it('redirects a few referrals from their first destination to another one, which takes the next steps', () => {
    const redirects = year.events.filter((event) => event.action === 'redirect');
    expect(redirects.length).toBeGreaterThan(0);
    expect(redirects.length / year.records.length).toBeLessThan(0.08);
    for (const redirect of redirects) {
      const record = year.records.find((candidate) => candidate.id === redirect.referralId);
      expect(redirect.details).toMatchObject({
        from: redirect.establishmentId,
        to: record?.destinationEstablishmentId,
      });
      expect(redirect.establishmentId).not.toBe(record?.destinationEstablishmentId);
      expect(record?.offPathwayJustification).toMatch(/^Réorientation/);
    }
  });

  it('is deterministic for a seed', () => {
    const again = planDemoReferrals(world(now), 10, 7);
    expect(again.records.map((record) => [record.status, record.sentAt])).toEqual(
      year.records.map((record) => [record.status, record.sentAt]),
    );
  });
});
