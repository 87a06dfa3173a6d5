import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { z } from 'zod';
import {
  approvalWorklists,
  cadreSchema,
  cadres,
  employmentStatuses,
  specialtyCodes,
  teleexpertiseWorklists,
} from '@tansiq/domain';
import { meQuery } from '../features/auth';
// The router is in the first chunk: it takes the light search-param parsers directly, not the feature barrels, which
// would pull maps and charts into the login page's download.
import { parseAuditFilters } from '../features/audit/api/audit-filters';
import { parseEstablishmentFilters } from '../features/establishments/api/establishment-filters';
import {
  newReferralSearchSchema,
  parseReferralWorklistFilters,
} from '../features/referrals/api/referral-worklist-filters';
import { PageLoader } from '../components/page-loader';
import { isApiError } from '../lib/api-error';
import { AppLayout } from './layout/app-layout';
import { queryClient } from './query-client';
import { RouteError } from './route-error';
import { LoginPage } from './routes/login-page';
import { NotFoundPage } from './routes/not-found-page';

interface RouterContext {
  queryClient: QueryClient;
}

/** Only same-site paths may be redirected to after login (no open redirect). */
const safeRedirect = (value: unknown): string | undefined =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login')
    ? value
    : undefined;

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: safeRedirect(search.redirect),
  }),
  component: LoginPage,
});

/** Every page behind login: loads the session first; a 401 sends the user to the login page and back afterwards. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: async ({ context, location }) => {
    try {
      await context.queryClient.ensureQueryData(meQuery);
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects by throwing
        throw redirect({ to: '/login', search: { redirect: location.href } });
      }
      throw error;
    }
  },
  component: AppLayout,
  errorComponent: RouteError,
  pendingComponent: PageLoader,
});

const child = <Path extends string>(path: Path) => ({
  getParentRoute: () => appRoute,
  path,
  errorComponent: RouteError,
});

const overviewRoute = createRoute({
  ...child('/'),
  component: lazyRouteComponent(() => import('./routes/overview-page'), 'OverviewPage'),
});
const establishmentsRoute = createRoute({
  ...child('/establishments'),
  validateSearch: parseEstablishmentFilters,
  component: lazyRouteComponent(
    () => import('./routes/establishments/establishment-list-page'),
    'EstablishmentListPage',
  ),
});
const newEstablishmentRoute = createRoute({
  ...child('/establishments/new'),
  component: lazyRouteComponent(() => import('./routes/establishments/new-establishment-page'), 'NewEstablishmentPage'),
});
const establishmentRoute = createRoute({
  ...child('/establishments/$establishmentId'),
  component: lazyRouteComponent(() => import('./routes/establishments/establishment-page'), 'EstablishmentPage'),
});
const editEstablishmentRoute = createRoute({
  ...child('/establishments/$establishmentId/edit'),
  component: lazyRouteComponent(
    () => import('./routes/establishments/edit-establishment-page'),
    'EditEstablishmentPage',
  ),
});
const mapRoute = createRoute({
  ...child('/map'),
  component: lazyRouteComponent(() => import('./routes/map-page'), 'MapPage'),
});
const importRoute = createRoute({
  ...child('/import'),
  component: lazyRouteComponent(() => import('./routes/import-page'), 'ImportPage'),
});
const usersRoute = createRoute({
  ...child('/users'),
  validateSearch: z.object({
    q: z.string().optional().catch(undefined),
    page: z.coerce.number().int().min(1).catch(1).default(1),
  }),
  component: lazyRouteComponent(() => import('./routes/users-page'), 'UsersPage'),
});
const auditRoute = createRoute({
  ...child('/audit'),
  validateSearch: parseAuditFilters,
  component: lazyRouteComponent(() => import('./routes/audit-page'), 'AuditPage'),
});
const gstsRoute = createRoute({
  ...child('/gsts'),
  component: lazyRouteComponent(() => import('./routes/gsts-page'), 'GstsPage'),
});

const patientsRoute = createRoute({
  ...child('/patients'),
  component: lazyRouteComponent(() => import('./routes/patients/registration-page'), 'RegistrationPage'),
});
const patientRoute = createRoute({
  ...child('/patients/$patientId'),
  component: lazyRouteComponent(() => import('./routes/patients/patient-page'), 'PatientPage'),
});
const duplicatesRoute = createRoute({
  ...child('/duplicates'),
  validateSearch: z.object({
    status: z.enum(['pending', 'merged', 'auto_merged', 'not_duplicate']).catch('pending').default('pending'),
    page: z.coerce.number().int().min(1).catch(1).default(1),
  }),
  component: lazyRouteComponent(() => import('./routes/duplicates-page'), 'DuplicatesPage'),
});
const duplicatePairRoute = createRoute({
  ...child('/duplicates/$patientAId/$patientBId'),
  component: lazyRouteComponent(() => import('./routes/duplicate-pair-page'), 'DuplicatePairPage'),
});
const deduplicationRoute = createRoute({
  ...child('/deduplication'),
  component: lazyRouteComponent(() => import('./routes/deduplication-page'), 'DeduplicationPage'),
});
const patientImportRoute = createRoute({
  ...child('/patient-import'),
  component: lazyRouteComponent(() => import('./routes/patient-import-page'), 'PatientImportPage'),
});
const breakGlassReviewRoute = createRoute({
  ...child('/break-glass-review'),
  validateSearch: z.object({
    status: z.enum(['pending', 'justified', 'unjustified']).catch('pending').default('pending'),
    page: z.coerce.number().int().min(1).catch(1).default(1),
  }),
  component: lazyRouteComponent(() => import('./routes/break-glass-review-page'), 'BreakGlassReviewPage'),
});

const referralsRoute = createRoute({
  ...child('/referrals'),
  validateSearch: parseReferralWorklistFilters,
  component: lazyRouteComponent(() => import('./routes/referrals/referral-worklists-page'), 'ReferralWorklistsPage'),
});
const newReferralRoute = createRoute({
  ...child('/referrals/new'),
  validateSearch: newReferralSearchSchema,
  component: lazyRouteComponent(() => import('./routes/referrals/new-referral-page'), 'NewReferralPage'),
});
const referralRoute = createRoute({
  ...child('/referrals/$referralId'),
  component: lazyRouteComponent(() => import('./routes/referrals/referral-page'), 'ReferralPage'),
});
const servicesRoute = createRoute({
  ...child('/services'),
  validateSearch: z.object({
    specialtyCode: z.string().optional().catch(undefined),
    provinceCode: z.string().optional().catch(undefined),
    establishmentId: z.uuid().optional().catch(undefined),
    q: z.string().optional().catch(undefined),
    page: z.coerce.number().int().min(1).catch(1).default(1),
  }),
  component: lazyRouteComponent(() => import('./routes/services/service-directory-page'), 'ServiceDirectoryPage'),
});
const serviceRoute = createRoute({
  ...child('/services/$establishmentId/$specialtyCode'),
  component: lazyRouteComponent(() => import('./routes/services/service-page'), 'ServicePage'),
});
const slotShortagesRoute = createRoute({
  ...child('/slot-shortages'),
  component: lazyRouteComponent(() => import('./routes/services/slot-shortages-page'), 'SlotShortagesPage'),
});
const holidaysRoute = createRoute({
  ...child('/holidays'),
  component: lazyRouteComponent(() => import('./routes/services/gst-holidays-page'), 'GstHolidaysPage'),
});
const pathwaysRoute = createRoute({
  ...child('/pathways'),
  validateSearch: z.object({
    specialty: z
      .enum(specialtyCodes as [string, ...string[]])
      .catch('cardiology')
      .default('cardiology'),
    mapId: z.uuid().optional().catch(undefined),
    view: z.enum(['table', 'map']).catch('table').default('table'),
  }),
  component: lazyRouteComponent(() => import('./routes/pathways/pathways-page'), 'PathwaysPage'),
});
const referralIndicatorsRoute = createRoute({
  ...child('/referral-indicators'),
  component: lazyRouteComponent(
    () => import('./routes/referral-indicators/referral-indicators-page'),
    'ReferralIndicatorsPage',
  ),
});

const teleexpertiseRoute = createRoute({
  ...child('/teleexpertise'),
  validateSearch: z.object({
    establishmentId: z.uuid().optional().catch(undefined),
    worklist: z.enum(teleexpertiseWorklists).catch('asked_by_me').default('asked_by_me'),
    page: z.coerce.number().int().min(1).catch(1).default(1),
  }),
  component: lazyRouteComponent(() => import('./routes/teleexpertise/teleexpertise-page'), 'TeleexpertisePage'),
});
const newTeleexpertiseRoute = createRoute({
  ...child('/teleexpertise/new'),
  validateSearch: z.object({ patientId: z.uuid().optional().catch(undefined) }),
  component: lazyRouteComponent(() => import('./routes/teleexpertise/new-teleexpertise-page'), 'NewTeleexpertisePage'),
});
const teleexpertiseRequestRoute = createRoute({
  ...child('/teleexpertise/$id'),
  component: lazyRouteComponent(
    () => import('./routes/teleexpertise/teleexpertise-request-page'),
    'TeleexpertiseRequestPage',
  ),
});

const approvalsRoute = createRoute({
  ...child('/approvals'),
  validateSearch: z.object({ view: z.enum(approvalWorklists).catch('mine').default('mine') }),
  component: lazyRouteComponent(() => import('./routes/approvals/approvals-page'), 'ApprovalsPage'),
});
const newMobilityRoute = createRoute({
  ...child('/approvals/new-mobility'),
  component: lazyRouteComponent(() => import('./routes/approvals/new-mobility-page'), 'NewMobilityPage'),
});
const delegationsRoute = createRoute({
  ...child('/approvals/delegations'),
  component: lazyRouteComponent(() => import('./routes/approvals/delegations-page'), 'DelegationsPage'),
});
const approvalChainsRoute = createRoute({
  ...child('/approvals/chains'),
  component: lazyRouteComponent(() => import('./routes/approvals/approval-chains-page'), 'ApprovalChainsPage'),
});
const approvalRequestRoute = createRoute({
  ...child('/approvals/$requestId'),
  component: lazyRouteComponent(() => import('./routes/approvals/approval-request-page'), 'ApprovalRequestPage'),
});
const rostersRoute = createRoute({
  ...child('/rosters'),
  component: lazyRouteComponent(() => import('./routes/rosters/rosters-page'), 'RostersPage'),
});
const incentivesRoute = createRoute({
  ...child('/incentives'),
  component: lazyRouteComponent(() => import('./routes/incentives/incentives-page'), 'IncentivesPage'),
});
const wisnRoute = createRoute({
  ...child('/wisn'),
  component: lazyRouteComponent(() => import('./routes/wisn/wisn-page'), 'WisnPage'),
});
const wisnCalculationRoute = createRoute({
  ...child('/wisn/establishments/$id'),
  validateSearch: z.object({
    cadre: cadreSchema.catch('general_practitioner').default('general_practitioner'),
    year: z.coerce.number().int().min(2000).max(2100).catch(new Date().getFullYear()).default(new Date().getFullYear()),
  }),
  component: lazyRouteComponent(() => import('./routes/wisn/wisn-calculation-page'), 'WisnCalculationPage'),
});

const hrDashboardRoute = createRoute({
  ...child('/hr-dashboard'),
  component: lazyRouteComponent(() => import('./routes/hr-dashboard/hr-dashboard-page'), 'HrDashboardPage'),
});

const aboutRoute = createRoute({
  ...child('/about'),
  component: lazyRouteComponent(() => import('./routes/about-page'), 'AboutPage'),
});

const staffRoute = createRoute({
  ...child('/staff'),
  validateSearch: z.object({
    q: z.string().optional().catch(undefined),
    cadre: z.enum(cadres).optional().catch(undefined),
    employmentStatus: z.enum(employmentStatuses).optional().catch(undefined),
    establishmentId: z.uuid().optional().catch(undefined),
    page: z.coerce.number().int().min(1).catch(1).default(1),
  }),
  component: lazyRouteComponent(() => import('./routes/staff/staff-list-page'), 'StaffListPage'),
});
const newStaffMemberRoute = createRoute({
  ...child('/staff/new'),
  component: lazyRouteComponent(() => import('./routes/staff/staff-import-page'), 'NewStaffMemberPage'),
});
const staffImportRoute = createRoute({
  ...child('/staff/import'),
  component: lazyRouteComponent(() => import('./routes/staff/staff-import-page'), 'StaffImportPage'),
});
const myStaffRecordRoute = createRoute({
  ...child('/staff/me'),
  component: lazyRouteComponent(() => import('./routes/staff/staff-member-page'), 'MyStaffRecordPage'),
});
const staffMemberRoute = createRoute({
  ...child('/staff/$staffMemberId'),
  component: lazyRouteComponent(() => import('./routes/staff/staff-member-page'), 'StaffMemberPage'),
});
const staffingTableRoute = createRoute({
  ...child('/staffing-table'),
  component: lazyRouteComponent(() => import('./routes/staff/staffing-table-page'), 'StaffingTablePage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    overviewRoute,
    establishmentsRoute,
    newEstablishmentRoute,
    establishmentRoute,
    editEstablishmentRoute,
    mapRoute,
    importRoute,
    usersRoute,
    auditRoute,
    gstsRoute,
    patientsRoute,
    patientRoute,
    duplicatesRoute,
    duplicatePairRoute,
    deduplicationRoute,
    patientImportRoute,
    breakGlassReviewRoute,
    referralsRoute,
    newReferralRoute,
    referralRoute,
    servicesRoute,
    serviceRoute,
    slotShortagesRoute,
    holidaysRoute,
    pathwaysRoute,
    teleexpertiseRoute,
    newTeleexpertiseRoute,
    teleexpertiseRequestRoute,
    referralIndicatorsRoute,
    aboutRoute,
    staffRoute,
    newStaffMemberRoute,
    staffImportRoute,
    myStaffRecordRoute,
    staffMemberRoute,
    staffingTableRoute,
    approvalsRoute,
    newMobilityRoute,
    delegationsRoute,
    approvalChainsRoute,
    approvalRequestRoute,
    rostersRoute,
    wisnRoute,
    incentivesRoute,
    wisnCalculationRoute,
    hrDashboardRoute,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  defaultPreload: 'intent',
  defaultPreloadStaleTime: 0,
  defaultErrorComponent: RouteError,
  defaultPendingComponent: PageLoader,
  defaultNotFoundComponent: NotFoundPage,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
