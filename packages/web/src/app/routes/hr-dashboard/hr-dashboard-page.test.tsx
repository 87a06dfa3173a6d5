// @vitest-environment jsdom
import type { HrDashboard, Role } from '@tansiq/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EChartOption } from '../../../components/echart';
import { SessionProvider } from '../../../features/auth';
import {
  establishmentDashboard,
  gstDashboard,
  meWith,
  pendingRequestId,
} from '../../../features/hr-dashboard/testing/hr-dashboard-fixtures';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { HrDashboardPage } from './hr-dashboard-page';

// jsdom has no canvas: the chart wrapper records the option it is given instead of drawing it.
const charts = vi.hoisted(() => [] as { option: unknown; ariaLabel: string }[]);
vi.mock('../../../components/echart', () => ({
  EChart: ({ option, ariaLabel }: { option: EChartOption; ariaLabel: string }) => {
    charts.push({ option, ariaLabel });
    return <div role="img" aria-label={ariaLabel} />;
  },
}));

const provinces = [
  {
    code: '01.151',
    regionCode: '01',
    parentCode: null,
    nameFr: 'Chefchaouen',
    nameAr: 'شفشاون',
    type: 'province',
    population2024: 412_713,
    households2024: 1,
    communeCount: 28,
  },
  {
    code: '01.405',
    regionCode: '01',
    parentCode: null,
    nameFr: 'Ouezzane',
    nameAr: 'وزان',
    type: 'province',
    population2024: 274_577,
    households2024: 1,
    communeCount: 17,
  },
];

const urlOf = (input: RequestInfo | URL): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

/** The dashboard URLs the page asked for, in order. */
const dashboardCalls = (fetchMock: ReturnType<typeof serve>) =>
  fetchMock.mock.calls.map(([input]) => urlOf(input)).filter((url) => url.includes('/api/hr-dashboard'));

const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));

/** Answers the dashboard (as given) and the provinces; anything else is a 404, as an unknown path would be. */
function serve(dashboard: { status: number; body: unknown }) {
  const fetchMock = vi.fn<typeof fetch>((input) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      'http://test',
    );
    if (url.pathname === '/api/hr-dashboard') {
      return json(dashboard.status, dashboard.body);
    }
    if (url.pathname === '/api/territory/provinces') {
      return json(200, provinces);
    }
    return json(404, { error: { code: 'not_found', message: 'Not found', issues: [] } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderPage(role: Role) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const rootRoute = createRootRoute({ component: Outlet });
  const page = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HrDashboardPage });
  const others = ['/rosters', '/wisn', '/approvals/$requestId'].map((path) =>
    createRoute({ getParentRoute: () => rootRoute, path }),
  );
  const router = createRouter({
    routeTree: rootRoute.addChildren([page, ...others]),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  vi.stubGlobal('scrollTo', vi.fn());
  return renderWithProviders(
    <QueryClientProvider client={queryClient}>
      <SessionProvider me={meWith(role)} fallback={null}>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>,
  );
}

const section = (name: string) => screen.getByRole('region', { name });
const user = userEvent.setup({ delay: null });

describe('HrDashboardPage', { timeout: 30_000 }, () => {
  afterEach(async () => {
    cleanup();
    vi.unstubAllGlobals();
    charts.length = 0;
    await i18next.changeLanguage('fr');
  });

  it('shows the GST’s figures: tiles, densities against 23 and the national line, vacancies, WISN, flows, gaps, delays', async () => {
    const fetchMock = serve({ status: 200, body: gstDashboard });
    renderPage('hr_officer');
    const headcount = await screen.findByRole('region', { name: 'Effectif' });
    expect(within(headcount).getByText('14')).toBeTruthy();
    expect(within(headcount).getByText('dont 5 médecins')).toBeTruthy();
    const density = section('Médecins + infirmiers + sages-femmes / 10 000 hab.');
    expect(within(density).getByText('0,17')).toBeTruthy();
    expect(within(density).getByText(/Il manque 1.569 professionnels/)).toBeTruthy();
    expect(within(section('Médecins / 10 000 hab.')).getByText('National : 4,20')).toBeTruthy();

    const chart = charts.at(-1)?.option as {
      yAxis: { data: string[] };
      series: { data: number[]; markLine: { data: { xAxis: number }[] } }[];
    };
    expect(chart.yAxis.data).toEqual(['Ouezzane', 'Chefchaouen']);
    expect(chart.series[0]?.data).toEqual([0.11, 0.22]);
    expect(chart.series[0]?.markLine.data).toEqual([{ xAxis: 23 }]);
    expect(chart.series[1]?.markLine.data).toEqual([{ xAxis: 4.2 }]);

    const cadreTable = within(section('Effectif par cadre et par province')).getByRole('table');
    expect(
      within(cadreTable)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Cadre', 'Chefchaouen', 'Ouezzane', 'Total']);
    expect(within(cadreTable).getByRole('rowheader', { name: 'Médecin généraliste' }).parentElement?.textContent).toBe(
      'Médecin généraliste314',
    );

    const wisn = section('Pression WISN');
    expect(within(wisn).getByText('Excédent').closest('tr')?.textContent).toBe('Excédent2');
    expect(within(wisn).getByRole('link', { name: 'Ouvrir la page WISN' }).getAttribute('href')).toBe('/wisn');

    const mobility = section('Flux de mobilité');
    expect(within(mobility).getByText('1 mobilités approuvées et 2 en attente.')).toBeTruthy();
    expect(within(mobility).getByTestId('mobility-flow-map').dataset.arrows).toBe('3');
    await user.click(within(mobility).getByText('Tableau'));
    const flows = within(within(mobility).getByRole('table')).getAllByRole('row').slice(1);
    expect(flows.map((row) => row.textContent)).toEqual([
      'CHP ChefchaouenCSR Ouezzane11',
      'CSR Bab TazaCHP Chefchaouen01',
    ]);

    const onCall = section('Gardes et astreintes non pourvues');
    expect(within(onCall).getByText(/2 gardes ou astreintes non pourvues sur 3 ; 1 lignes sans planning/)).toBeTruthy();
    expect(within(onCall).getByRole('link', { name: 'Garde urgences CHP' }).getAttribute('href')).toBe('/rosters');
    expect(within(onCall).getByText('2 / 3')).toBeTruthy();
    expect(within(onCall).getByText('Pas de planning')).toBeTruthy();

    const delays = section('Délais de décision des demandes');
    const byType = within(delays).getByRole('table', { name: 'Par type de demande' });
    expect(within(byType).getAllByRole('row')[1]?.textContent).toBe(
      'Mobilité211272,00 h · 3,00 j ouvr.91,20 h · 3,80 j ouvr.',
    );
    const pending = within(delays).getByRole('table', { name: 'Demandes en attente' });
    expect(within(pending).getByText('300 j (210 j ouvr.)')).toBeTruthy();
    expect(within(pending).getByText('CSR Bab Taza → CHP Chefchaouen')).toBeTruthy();
    expect(within(pending).getByRole('link', { name: 'Ouvrir' }).getAttribute('href')).toBe(
      `/approvals/${pendingRequestId}`,
    );
    const asked = new URL(dashboardCalls(fetchMock)[0] ?? '', 'http://test');
    expect(asked.searchParams.get('month')).toMatch(/^\d{4}-\d{2}$/);
    expect(asked.searchParams.has('provinceCode')).toBe(false);
  });

  it('sorts and pages the vacancies', async () => {
    serve({ status: 200, body: gstDashboard });
    renderPage('gst_director');
    const table = await screen.findByRole('table', { name: 'Postes vacants par établissement' });
    const names = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.firstChild?.textContent);
    expect(names()).toEqual(['CHP Chefchaouen', 'CSR Bab Taza', 'CSR Ouezzane']);
    await user.click(within(table).getByRole('button', { name: 'Trier par Taux de vacance' }));
    expect(names()).toEqual(['CSR Bab Taza', 'CHP Chefchaouen', 'CSR Ouezzane']);
    await user.click(within(table).getByRole('button', { name: 'Trier par Taux de vacance' }));
    expect(names()).toEqual(['CSR Ouezzane', 'CHP Chefchaouen', 'CSR Bab Taza']);
    expect(
      within(table).getByRole('button', { name: 'Trier par Taux de vacance' }).closest('th')?.getAttribute('aria-sort'),
    ).toBe('ascending');
  });

  it('asks again for the province chosen', async () => {
    const fetchMock = serve({ status: 200, body: gstDashboard });
    renderPage('hr_officer');
    await screen.findByRole('region', { name: 'Effectif' });
    await user.click(screen.getByRole('combobox', { name: 'Province ou préfecture' }));
    await user.click(await screen.findByRole('option', { name: 'Ouezzane' }));
    await waitFor(() => {
      expect(dashboardCalls(fetchMock).at(-1)).toContain('provinceCode=01.405');
    });
  });

  it('gives an establishment admin their establishment without densities', async () => {
    serve({ status: 200, body: establishmentDashboard });
    renderPage('establishment_admin');
    expect(await screen.findByText(/Vue de votre établissement/)).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Densités par province' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Province ou préfecture' })).toBeNull();
    expect(
      within(section('Médecins / 10 000 hab.')).getByText("Sans objet à l'échelle d'un établissement"),
    ).toBeTruthy();
    expect(within(section('Effectif')).getByText('2')).toBeTruthy();
  });

  it('tells a clinician the page is not for them, without asking the server', async () => {
    const fetchMock = serve({ status: 200, body: gstDashboard });
    renderPage('physician');
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(dashboardCalls(fetchMock)).toEqual([]);
  });

  it('shows the server’s refusal with a retry', async () => {
    serve({ status: 403, body: { error: { code: 'forbidden', message: 'Accès refusé', issues: [] } } });
    renderPage('hr_officer');
    expect(await screen.findByRole('button', { name: /Réessayer/ })).toBeTruthy();
  });

  it('speaks Arabic', async () => {
    serve({ status: 200, body: gstDashboard satisfies HrDashboard });
    renderPage('hr_officer');
    await screen.findByRole('region', { name: 'Effectif' });
    await i18next.changeLanguage('ar');
    expect(await screen.findByRole('heading', { name: 'لوحة قيادة الموارد البشرية' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'تدفقات التنقل' })).toBeTruthy();
    expect(screen.getAllByText('المركز الاستشفائي شفشاون').length).toBeGreaterThan(0);
  });
});
