// @vitest-environment jsdom
import type { ServiceDirectoryItem } from '@tansiq/domain';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { ServiceDirectoryTable } from './service-directory-table';

const establishment = {
  id: '5b0c7c1e-0000-4000-8000-000000000001',
  code: 'TTA-H-022',
  nameFr: 'CHP Mohammed V Chefchaouen',
  nameAr: null,
  type: 'CHP' as const,
  provinceCode: '01.151',
};

const item = (overrides: Partial<ServiceDirectoryItem>): ServiceDirectoryItem => ({
  establishment,
  specialtyCode: 'cardiology',
  registryBeds: 12,
  entry: {
    gstId: '5b0c7c1e-0000-4000-8000-000000000009',
    establishmentId: establishment.id,
    specialtyCode: 'cardiology',
    acceptsReferrals: true,
    criteria: 'Insuffisance cardiaque',
    notes: null,
    directBooking: true,
    offersTeleexpertise: false,
    offersTeleconsultation: false,
    headUserId: null,
    version: 1,
    updatedAt: null,
  },
  beds: { bedsAvailable: 3, updatedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(), updatedBy: null },
  weeklySessions: 3,
  nextFreeSlot: {
    scheduleId: '5b0c7c1e-0000-4000-8000-000000000003',
    sessionDate: '2026-12-08',
    slotIndex: 0,
    startsAt: '2026-12-08T07:30:00.000Z',
    endsAt: '2026-12-08T07:50:00.000Z',
    mode: 'in_person',
  },
  ...overrides,
});

function renderTable(items: ServiceDirectoryItem[]) {
  const rootRoute = createRootRoute({ component: Outlet });
  const listRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/',
    component: () => <ServiceDirectoryTable items={items} />,
  });
  const serviceRoute = createRoute({
    getParentRoute: () => rootRoute,
    path: '/services/$establishmentId/$specialtyCode',
  });
  const router = createRouter({
    routeTree: rootRoute.addChildren([listRoute, serviceRoute]),
    history: createMemoryHistory({ initialEntries: ['/'] }),
  });
  vi.stubGlobal('scrollTo', vi.fn());
  return renderWithProviders(<RouterProvider router={router} />);
}

describe('ServiceDirectoryTable', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows what a service receives, its next free slot and its beds with the time of their update', async () => {
    renderTable([
      item({}),
      item({
        specialtyCode: 'paediatrics',
        entry: { ...item({}).entry, acceptsReferrals: false, directBooking: false, criteria: null },
        beds: null,
        weeklySessions: 0,
        nextFreeSlot: null,
      }),
    ]);
    const rows = (await screen.findAllByRole('row')).slice(1);
    const [first, second] = rows.map((row) => within(row));
    expect(first?.getByRole('link', { name: 'Cardiologie' }).getAttribute('href')).toBe(
      `/services/${establishment.id}/cardiology`,
    );
    expect(first?.getByText('Prise de RDV directe')).toBeTruthy();
    expect(first?.getByText('3 / 12 lits')).toBeTruthy();
    expect(first?.getByText('mis à jour il y a 2 h')).toBeTruthy();
    expect(second?.getByText('Ne reçoit pas')).toBeTruthy();
    expect(second?.getByText('Pas de consultation')).toBeTruthy();
  });
});
