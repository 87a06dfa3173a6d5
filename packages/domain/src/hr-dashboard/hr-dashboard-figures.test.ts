import { describe, expect, it } from 'vitest';
import type { ApprovalStatus } from '../approvals/approval-state-machine';
import type { WorkingCalendar } from '../referrals/working-calendar';
import type { StaffingTableRow } from '../staff/staffing-table';
import {
  countWisnPressures,
  mobilityFlows,
  pendingRequestAges,
  timeToDecisionByMonth,
  vacanciesByEstablishment,
} from './hr-dashboard-figures';
import { headcountByCadreAndProvince, headcountTotals } from './hr-dashboard-headcount';

const calendar: WorkingCalendar = { workingWeekdays: [1, 2, 3, 4, 5], holidays: new Set(['2026-03-03']) };

const line = (
  establishmentId: string,
  cadre: StaffingTableRow['cadre'],
  budgeted: number,
  filled: number,
): StaffingTableRow => ({
  establishmentId,
  specialtyCode: null,
  cadre,
  budgeted,
  filled,
  vacant: Math.max(0, budgeted - filled),
  overStaffed: Math.max(0, filled - budgeted),
  assignmentCount: Math.ceil(filled),
});

describe('vacanciesByEstablishment', () => {
  it('sums lines per establishment, most vacant first, without letting a surplus fill another cadre’s post', () => {
    const rows = [
      line('a', 'general_practitioner', 4, 1),
      line('a', 'polyvalent_nurse', 5, 7),
      line('b', 'midwife', 2, 1.5),
      line('c', 'administrative', 0, 1),
    ];
    expect(vacanciesByEstablishment(rows)).toEqual([
      { establishmentId: 'a', budgeted: 9, filled: 8, vacant: 3, overStaffed: 2, vacancyRate: 0.3333 },
      { establishmentId: 'b', budgeted: 2, filled: 1.5, vacant: 0.5, overStaffed: 0, vacancyRate: 0.25 },
      { establishmentId: 'c', budgeted: 0, filled: 1, vacant: 0, overStaffed: 1, vacancyRate: null },
    ]);
  });

  it('gives nothing for an empty table', () => {
    expect(vacanciesByEstablishment([])).toEqual([]);
  });
});

describe('countWisnPressures', () => {
  it('counts every band, zeros included, in band order', () => {
    const rows = (['shortage', 'shortage', 'surplus', 'no_workload'] as const).map((pressure) => ({ pressure }));
    expect(countWisnPressures(rows)).toEqual([
      { pressure: 'severe_shortage', count: 0 },
      { pressure: 'shortage', count: 2 },
      { pressure: 'balanced', count: 0 },
      { pressure: 'surplus', count: 1 },
      { pressure: 'no_workload', count: 1 },
    ]);
  });
});

describe('mobilityFlows', () => {
  const request = (origin: string, destination: string | null, status: ApprovalStatus) => ({
    originEstablishmentId: origin,
    destinationEstablishmentId: destination,
    status,
  });
  it.each([
    ['an approved request is an approved flow', [request('a', 'b', 'approved')], [['a', 'b', 1, 0]]],
    [
      'pending and returned requests are pending flows',
      [request('a', 'b', 'pending'), request('a', 'b', 'returned')],
      [['a', 'b', 0, 2]],
    ],
    [
      'rejected, withdrawn and draft requests are no flow',
      [request('a', 'b', 'rejected'), request('a', 'b', 'withdrawn'), request('a', 'b', 'draft')],
      [],
    ],
    ['a request without destination is no flow', [request('a', null, 'approved')], []],
    [
      'each direction is its own flow, busiest first',
      [request('b', 'a', 'approved'), request('a', 'b', 'approved'), request('a', 'b', 'pending')],
      [
        ['a', 'b', 1, 1],
        ['b', 'a', 1, 0],
      ],
    ],
  ] as const)('%s', (_, requests, expected) => {
    expect(
      mobilityFlows(requests).map((flow) => [flow.originId, flow.destinationId, flow.approved, flow.pending]),
    ).toEqual(expected);
  });
});

describe('timeToDecisionByMonth', () => {
  const decided = (submitted: string, decidedAt: string | null, status: ApprovalStatus = 'approved') => ({
    type: 'mobility',
    status,
    firstSubmittedAt: submitted,
    decidedAt,
  });

  it('groups decisions by their month in Morocco, with median and 90th percentile', () => {
    // Monday 2 March 2026, 08:00 UTC (Morocco is on UTC+0 during Ramadan); Tuesday 3 March is a holiday here.
    const rows = timeToDecisionByMonth(
      [
        decided('2026-03-02T08:00:00Z', '2026-03-02T18:00:00Z'), // 10 h, 0 working days
        decided('2026-03-02T08:00:00Z', '2026-03-04T08:00:00Z'), // 48 h, Wed: 1 working day (Tue is a holiday)
        decided('2026-03-02T08:00:00Z', '2026-03-06T08:00:00Z', 'rejected'), // 96 h, 3 working days
        decided('2026-03-30T08:00:00Z', '2026-04-01T08:00:00Z'), // 48 h in April, 2 working days
        decided('2026-03-30T08:00:00Z', null, 'pending'),
        decided('2026-03-30T08:00:00Z', '2026-03-31T23:30:00Z'), // 23:30 UTC is 1 April 00:30 in Morocco
      ],
      calendar,
    );
    const rounded = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);
    expect(
      rows.map((row) => ({
        ...row,
        medianHours: rounded(row.medianHours),
        p90Hours: rounded(row.p90Hours),
        p90WorkingDays: rounded(row.p90WorkingDays),
      })),
    ).toEqual([
      { month: '2026-03', decided: 3, medianHours: 48, p90Hours: 86.4, medianWorkingDays: 1, p90WorkingDays: 2.6 },
      // 48 h and 39.5 h: median 43.75, 90th percentile 39.5 + 0.9 × 8.5 = 47.15.
      { month: '2026-04', decided: 2, medianHours: 43.75, p90Hours: 47.15, medianWorkingDays: 2, p90WorkingDays: 2 },
    ]);
  });
});

describe('pendingRequestAges', () => {
  const waiting = (id: string, status: ApprovalStatus, firstSubmittedAt: string | null) => ({
    id,
    type: 'mobility',
    status,
    firstSubmittedAt,
    originEstablishmentId: 'a',
    destinationEstablishmentId: 'b',
  });

  it('ages pending and returned requests in calendar and working days, oldest first', () => {
    const now = new Date('2026-03-09T10:00:00Z'); // Monday
    const ages = pendingRequestAges(
      [
        waiting('r1', 'pending', '2026-03-06T08:00:00Z'), // Friday: 3 days, 1 working day
        waiting('r2', 'returned', '2026-03-02T08:00:00Z'), // Monday before: 7 days, 4 working days (holiday Tue)
        waiting('r3', 'approved', '2026-03-01T08:00:00Z'),
        waiting('r4', 'draft', null),
        waiting('r5', 'pending', '2026-03-09T09:00:00Z'), // today: 0
      ],
      now,
      calendar,
    );
    expect(ages.map((age) => [age.requestId, age.status, age.ageDays, age.ageWorkingDays])).toEqual([
      ['r2', 'returned', 7, 4],
      ['r1', 'pending', 3, 1],
      ['r5', 'pending', 0, 0],
    ]);
  });
});

describe('headcount helpers', () => {
  const members = [
    { cadre: 'general_practitioner', establishmentId: 'a', provinceCode: '01.151' },
    { cadre: 'midwife', establishmentId: 'a', provinceCode: '01.151' },
    { cadre: 'health_technician', establishmentId: 'b', provinceCode: '01.405' },
    { cadre: 'midwife', establishmentId: 'b', provinceCode: '01.405' },
    { cadre: 'midwife', establishmentId: 'c', provinceCode: '01.405' },
  ] as const;

  it('totals people, doctors, nurses and midwives, and paramedical staff', () => {
    expect(headcountTotals(members)).toEqual({
      key: 'total',
      headcount: 5,
      doctors: 1,
      nursesAndMidwives: 3,
      paramedical: 4,
    });
    expect(headcountTotals([])).toMatchObject({ headcount: 0, doctors: 0 });
  });

  it('counts people per cadre and province', () => {
    expect(headcountByCadreAndProvince(members)).toEqual([
      { cadre: 'general_practitioner', provinceCode: '01.151', headcount: 1 },
      { cadre: 'health_technician', provinceCode: '01.405', headcount: 1 },
      { cadre: 'midwife', provinceCode: '01.151', headcount: 1 },
      { cadre: 'midwife', provinceCode: '01.405', headcount: 2 },
    ]);
  });
});
