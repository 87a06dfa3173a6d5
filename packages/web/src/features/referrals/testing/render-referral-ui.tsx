import type { Me } from '@tansiq/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { SessionProvider } from '../../auth';
import { renderWithProviders } from '../../../testing/render-with-providers';

/** Renders referral UI as the app does: a session, a query client and a router with the pages it links to. */
export function renderReferralUi(ui: ReactElement, me: Me) {
  const rootRoute = createRootRoute({ component: Outlet });
  const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: () => ui });
  const leaves = ['/referrals/$referralId', '/patients/$patientId', '/referrals/new', '/referral-indicators'].map(
    (path) => createRoute({ getParentRoute: () => rootRoute, path, component: () => <p>{path}</p> }),
  );
  const router = createRouter({
    routeTree: rootRoute.addChildren([homeRoute, ...leaves]),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  // The router restores the scroll position, which jsdom does not implement.
  vi.stubGlobal('scrollTo', vi.fn());
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = renderWithProviders(
    <QueryClientProvider client={queryClient}>
      <SessionProvider me={me} fallback={null}>
        <RouterProvider router={router} />
      </SessionProvider>
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}
