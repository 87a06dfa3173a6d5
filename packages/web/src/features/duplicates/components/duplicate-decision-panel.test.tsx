// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { comparisonOf, newer, older } from '../testing/duplicate-fixtures';
import { DuplicateDecisionPanel } from './duplicate-decision-panel';

const mergeId = '7c6b5a49-0000-4000-8000-000000000003';

const pathOf = (input: RequestInfo | URL): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;

/** Answers each API call by its path; records the calls. */
function stubApi(answers: Record<string, { status: number; body: unknown }>) {
  const fetchMock = vi.fn<typeof fetch>((input) => {
    const path = pathOf(input);
    const answer = Object.entries(answers).find(([suffix]) => path.endsWith(suffix))?.[1] ?? {
      status: 404,
      body: { error: { code: 'not_found', message: 'Not found', issues: [] } },
    };
    return Promise.resolve(
      new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const bodyOf = (fetchMock: ReturnType<typeof stubApi>, suffix: string): unknown => {
  const call = fetchMock.mock.calls.find(([input]) => pathOf(input).endsWith(suffix));
  const body = call?.[1]?.body;
  return typeof body === 'string' ? JSON.parse(body) : undefined;
};

/** The panel inside a router (its result links to the patient page) and a query client. */
function renderPanel() {
  const comparison = comparisonOf(older, newer);
  const rootRoute = createRootRoute({ component: Outlet });
  const pairRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/',
    component: () => <DuplicateDecisionPanel comparison={comparison} left={older} right={newer} />,
  });
  const patientRoute = createRoute({ getParentRoute: () => rootRoute, path: '/patients/$patientId' });
  const router = createRouter({
    routeTree: rootRoute.addChildren([pairRoute, patientRoute]),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  // The router restores the scroll position, which jsdom does not implement.
  vi.stubGlobal('scrollTo', vi.fn());
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderWithProviders(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('DuplicateDecisionPanel', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('merges keeping the left record after a confirm step, then offers to undo it', async () => {
    const fetchMock = stubApi({
      '/merge': { status: 200, body: { mergeId, goldenId: older.id, mergedId: newer.id } },
      '/unmerge': { status: 200, body: { mergeId, survivorId: older.id, restoredId: newer.id } },
    });
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Fusionner (garder la fiche de gauche)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirmer la fusion' });
    expect(within(dialog).getByText(/Mohammed Amrani sera fusionnée dans la fiche Mohamed El Amrani/)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Fusionner' }));
    expect(await screen.findByText('Fiches fusionnées.')).toBeTruthy();
    expect(bodyOf(fetchMock, '/merge')).toEqual({ survivorId: older.id, version: 3 });
    expect(screen.getByRole('link', { name: 'Ouvrir la fiche unique' }).getAttribute('href')).toBe(
      `/patients/${older.id}`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Annuler la fusion' }));
    expect(await screen.findByRole('button', { name: 'Fusionner (garder la fiche de gauche)' })).toBeTruthy();
    expect(fetchMock).toHaveBeenLastCalledWith(`/api/patient-merges/${mergeId}/unmerge`, expect.anything());
  });

  it('records "not the same person" with the version seen, after a confirm step', async () => {
    const comparison = comparisonOf(older, newer);
    const fetchMock = stubApi({
      '/not-duplicate': { status: 200, body: { ...comparison.pair, status: 'not_duplicate', version: 4 } },
    });
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: "Ce n'est pas la même personne" }));
    const dialog = await screen.findByRole('dialog', { name: 'Deux personnes différentes' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Confirmer : deux personnes' }));
    await vi.waitFor(() => expect(bodyOf(fetchMock, '/not-duplicate')).toEqual({ version: 3 }));
  });

  it('says so when someone decided the pair first (409)', async () => {
    stubApi({ '/merge': { status: 409, body: { error: { code: 'conflict', message: 'Decided', issues: [] } } } });
    renderPanel();
    await userEvent.click(await screen.findByRole('button', { name: 'Fusionner (garder la fiche de droite)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirmer la fusion' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Fusionner' }));
    expect(await within(dialog).findByRole('alert')).toHaveProperty(
      'textContent',
      'Cette paire a été traitée ou modifiée entre-temps. Rechargez la page.',
    );
  });
});
