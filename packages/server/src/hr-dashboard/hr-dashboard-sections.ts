import {
  cadreSchema,
  computeStaffingTable,
  countWisnPressures,
  DENSITY_THRESHOLD_PER_10K,
  densityByProvince,
  headcountBy,
  headcountByCadreAndProvince,
  headcountTotals,
  mobilityFlows,
  MOBILITY_REQUEST_TYPE,
  nationalDensitiesPer10k,
  pendingRequestAges,
  summariseTimeToDecision,
  timeToDecisionByMonth,
  vacanciesByEstablishment,
  workforceDensity,
  type BudgetedPostInput,
  type HeadcountMember,
  type HrDashboard,
  type RegionalWisnResponse,
  type StaffedAssignment,
  type WorkingCalendar,
} from '@tansiq/domain';
import type { HrDashboardRequest, OnCallLineMonth } from '@tansiq/db';

/** The blocks of the HR dashboards, each from data already narrowed to the actor's scope (docs/hr-dashboard.md). */

type Section<K extends keyof HrDashboard> = HrDashboard[K];

export const benchmarks = {
  nationalDoctorsPer10k: nationalDensitiesPer10k.publicDoctors,
  nationalParamedicalPer10k: nationalDensitiesPer10k.publicParamedical,
  thresholdPer10k: DENSITY_THRESHOLD_PER_10K,
};

const counts = (row: { headcount: number; doctors: number; nursesAndMidwives: number; paramedical: number }) => ({
  headcount: row.headcount,
  doctors: row.doctors,
  nursesAndMidwives: row.nursesAndMidwives,
  paramedical: row.paramedical,
});

/**
 * Headcount by cadre, establishment and province; densities per 10,000 only for whole provinces (`provinces` empty
 * for an establishment-only view: an establishment has no population of its own).
 */
export function headcountSection(
  members: readonly HeadcountMember[],
  provinces: readonly { code: string; population: number }[],
): Section<'headcount'> {
  const totals = headcountTotals(members);
  const population = provinces.reduce((sum, province) => sum + province.population, 0);
  const density = provinces.length > 0 ? workforceDensity(totals, population) : null;
  return {
    totals: {
      ...counts(totals),
      density: density && {
        population: density.population,
        doctorsPer10k: density.doctorsPer10k,
        paramedicalPer10k: density.paramedicalPer10k,
        densityPer10k: density.densityPer10k,
        meetsThreshold: density.meetsThreshold,
        shortfallToThreshold: density.shortfallToThreshold,
      },
    },
    byProvince: densityByProvince(members, provinces).map((row) => ({
      provinceCode: row.key,
      ...counts(row),
      population: row.population,
      doctorsPer10k: row.doctorsPer10k,
      paramedicalPer10k: row.paramedicalPer10k,
      densityPer10k: row.densityPer10k,
      meetsThreshold: row.meetsThreshold,
      shortfallToThreshold: row.shortfallToThreshold,
    })),
    byCadre: headcountBy(members, 'cadre').map((row) => ({
      cadre: cadreSchema.parse(row.key),
      headcount: row.headcount,
    })),
    byCadreAndProvince: headcountByCadreAndProvince(members),
    byEstablishment: headcountBy(members, 'establishmentId').map((row) => ({
      establishmentId: row.key,
      ...counts(row),
    })),
  };
}

/** Budgeted, filled, vacant and over-staffed posts on the day, per establishment. */
export function vacanciesSection(
  posts: readonly BudgetedPostInput[],
  assignments: readonly StaffedAssignment[],
  day: string,
): Section<'vacancies'> {
  const table = computeStaffingTable(posts, assignments, day);
  const { budgeted, filled, vacant, overStaffed } = table.totals;
  return { totals: { budgeted, filled, vacant, overStaffed }, byEstablishment: vacanciesByEstablishment(table.rows) };
}

/** Counts of establishment × cadre rows per WISN pressure band, and establishments short of staff overall. */
export function wisnSection(wisn: RegionalWisnResponse): Section<'wisn'> {
  return {
    year: wisn.year,
    rowCount: wisn.rows.length,
    bands: countWisnPressures(wisn.rows),
    establishmentsInShortage: wisn.totals.byEstablishment.filter(
      (total) => total.pressure === 'shortage' || total.pressure === 'severe_shortage',
    ).length,
    missingStandards: wisn.missingStandards.length,
  };
}

/** Mobility flows of the window: approved and pending mobility requests per origin → destination. */
export function mobilitySection(requests: readonly HrDashboardRequest[]): Section<'mobility'> {
  const flows = mobilityFlows(requests.filter((request) => request.type === MOBILITY_REQUEST_TYPE));
  return {
    totals: {
      approved: flows.reduce((sum, flow) => sum + flow.approved, 0),
      pending: flows.reduce((sum, flow) => sum + flow.pending, 0),
    },
    flows,
  };
}

/** On-call lines of the month with their unfilled shifts, lines with gaps first. */
export function onCallSection(lines: readonly OnCallLineMonth[]): Section<'onCall'> {
  const sorted = [...lines].sort((a, b) => b.gaps - a.gaps || a.name.localeCompare(b.name));
  return {
    totals: {
      lines: lines.length,
      shifts: lines.reduce((sum, line) => sum + line.shifts, 0),
      gaps: lines.reduce((sum, line) => sum + line.gaps, 0),
      linesWithoutRoster: lines.filter((line) => line.rosterId === null).length,
    },
    lines: sorted,
  };
}

/** Time to decision of the window's requests per type and per month of decision; requests waiting now, with age. */
export function timeToDecisionSection(
  submitted: readonly HrDashboardRequest[],
  waiting: readonly HrDashboardRequest[],
  calendar: WorkingCalendar,
  now: Date,
): Section<'timeToDecision'> {
  return {
    byType: summariseTimeToDecision(submitted, calendar),
    byMonth: timeToDecisionByMonth(submitted, calendar),
    pending: pendingRequestAges(waiting, now, calendar),
  };
}
