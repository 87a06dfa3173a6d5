import {
  hrDashboardPeriod,
  notFound,
  todayInMorocco,
  type HrDashboard,
  type HrDashboardQuery,
  type HrDashboardScope,
} from '@tansiq/domain';
import {
  findGstById,
  findWorkingCalendar,
  insertAuditEvent,
  listBudgetedPosts,
  listHeadcountMembers,
  listHrDashboardEstablishments,
  listOnCallLinesOfMonth,
  listProvinces,
  listRequestsSubmittedBetween,
  listStaffedAssignments,
  listWaitingRequests,
  type Db,
  type HrDashboardRequest,
  type Tx,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { getRegionalWisn } from '../wisn';
import { hrDashboardScopeOf, selectHrDashboard, type HrDashboardSelection } from './hr-dashboard-access';
import {
  benchmarks,
  headcountSection,
  mobilitySection,
  onCallSection,
  timeToDecisionSection,
  vacanciesSection,
  wisnSection,
} from './hr-dashboard-sections';

const scopeName = (scope: HrDashboardScope): HrDashboard['scope'] =>
  scope === 'gst' ? 'gst' : scope.provinceCodes.length > 0 ? 'province' : 'establishment';

/**
 * The HR dashboards of a GST for a month (issue #5 §9), narrowed to the actor's scope and an optional province:
 * headcount and densities, vacancies, WISN pressure, mobility flows, on-call gaps, time to decision. Aggregates only;
 * the read is audited like the staffing table's.
 * @throws AppError not_found (GST not visible, unknown province or outside the scope), forbidden (no dashboard role).
 */
export async function getHrDashboard(db: Db, context: RequestContext, query: HrDashboardQuery): Promise<HrDashboard> {
  const scope = hrDashboardScopeOf(context, query.gstId);
  const gst = await findGstById(db, query.gstId);
  if (!gst) {
    throw notFound('GST');
  }
  const now = new Date();
  const today = todayInMorocco(now);
  const period = hrDashboardPeriod(query.month ?? today.slice(0, 7), today);
  const allEstablishments = await listHrDashboardEstablishments(db, query.gstId);
  const selection = selectHrDashboard(
    scope,
    query.gstId,
    { provinces: await listProvinces(db, gst.regionCode), establishments: allEstablishments },
    query.provinceCode,
  );
  const wisn = await getRegionalWisn(db, context, {
    gstId: query.gstId,
    year: period.year,
    ...(query.provinceCode ? { provinceCode: query.provinceCode } : {}),
  });
  return db.transaction(async (tx) => {
    const blocks = await readBlocks(tx, query.gstId, selection, period, now);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'hr_dashboard.read',
        entityType: 'hr_dashboard',
        gstId: query.gstId,
        details: { month: period.month, provinceCode: query.provinceCode ?? null, scope: scopeName(scope) },
      }),
    );
    const named = namedEstablishmentIds(selection.establishmentIds, blocks);
    return {
      gstId: query.gstId,
      month: period.month,
      day: period.day,
      windowFrom: period.windowFrom,
      windowTo: period.last,
      provinceCode: query.provinceCode ?? null,
      scope: scopeName(scope),
      provinces: selection.provinces.map((province) => ({
        code: province.code,
        nameFr: province.nameFr,
        nameAr: province.nameAr,
        population: province.population2024,
      })),
      establishments: allEstablishments.filter((establishment) => named.has(establishment.id)),
      benchmarks,
      ...blocks,
      wisn: wisnSection(wisn),
    };
  });
}

type Blocks = Pick<HrDashboard, 'headcount' | 'vacancies' | 'mobility' | 'onCall' | 'timeToDecision'>;

/** Every establishment the figures mention (the selection, flow ends, lines, waiting requests), to send their names. */
function namedEstablishmentIds(selected: ReadonlySet<string>, blocks: Blocks): Set<string> {
  return new Set([
    ...selected,
    ...blocks.mobility.flows.flatMap((flow) => [flow.originId, flow.destinationId]),
    ...blocks.onCall.lines.flatMap((line) => line.establishmentIds),
    ...blocks.timeToDecision.pending.flatMap((item) => [
      item.originEstablishmentId,
      ...(item.destinationEstablishmentId ? [item.destinationEstablishmentId] : []),
    ]),
  ]);
}

/** Reads every block but WISN in one transaction, keeping only the selection's establishments. */
async function readBlocks(
  tx: Tx,
  gstId: string,
  selection: HrDashboardSelection,
  period: ReturnType<typeof hrDashboardPeriod>,
  now: Date,
): Promise<Blocks> {
  const ids = selection.establishmentIds;
  const touches = (request: HrDashboardRequest) =>
    ids.has(request.originEstablishmentId) ||
    (request.destinationEstablishmentId !== null && ids.has(request.destinationEstablishmentId));
  const members = (await listHeadcountMembers(tx, gstId, period.day))
    .filter((member) => ids.has(member.establishmentId))
    .map((member) => ({ ...member, provinceCode: selection.provinceOf(member.provinceCode) }));
  const posts = (await listBudgetedPosts(tx, gstId, null)).filter((post) => ids.has(post.establishmentId));
  const assignments = (await listStaffedAssignments(tx, gstId, null, period.day)).filter((assignment) =>
    ids.has(assignment.establishmentId),
  );
  const window = { from: period.windowFrom, to: period.last };
  const submitted = (await listRequestsSubmittedBetween(tx, gstId, window)).filter(touches);
  const waiting = (await listWaitingRequests(tx, gstId)).filter(touches);
  const lines = (await listOnCallLinesOfMonth(tx, gstId, period.month)).filter((line) =>
    line.establishmentIds.some((id) => ids.has(id)),
  );
  const calendar = await findWorkingCalendar(tx, gstId);
  return {
    headcount: headcountSection(
      members,
      selection.densityProvinces.map((province) => ({ code: province.code, population: province.population2024 })),
    ),
    vacancies: vacanciesSection(posts, assignments, period.day),
    mobility: mobilitySection(submitted),
    onCall: onCallSection(lines),
    timeToDecision: timeToDecisionSection(submitted, waiting, calendar, now),
  };
}
