// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { BedsCard } from './beds-card';

const establishmentId = '5b0c7c1e-0000-4000-8000-000000000001';
const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000).toISOString();
const beds = {
  bedsAvailable: 4,
  updatedAt: twoHoursAgo,
  updatedBy: { id: '5b0c7c1e-0000-4000-8000-000000000002', displayName: 'Inf. Salma' },
};

function stubApi() {
  const fetchMock = vi.fn<typeof fetch>((_input, init) =>
    Promise.resolve(
      new Response(
        JSON.stringify({ ...beds, ...(JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as object) }),
        {
          status: 200,
          headers: { 'content-type': 'application/json' },
        },
      ),
    ),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const renderCard = (canUpdate: boolean) =>
  renderWithProviders(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <BedsCard
        establishmentId={establishmentId}
        specialtyCode="cardiology"
        registryBeds={12}
        beds={beds}
        canUpdate={canUpdate}
      />
    </QueryClientProvider>,
  );

describe('BedsCard', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the beds available with the time and author of the last update', () => {
    stubApi();
    renderCard(false);
    expect(screen.getByText('4')).toBeTruthy();
    expect(screen.getByText(/Mis à jour il y a 2 h.*par Inf\. Salma/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Un lit de plus' })).toBeNull();
  });

  it('lets the staff add a bed or set the exact number', async () => {
    const fetchMock = stubApi();
    renderCard(true);
    await userEvent.click(screen.getByRole('button', { name: 'Un lit de plus' }));
    expect(fetchMock).toHaveBeenCalledWith(
      `/api/establishments/${establishmentId}/services/cardiology/beds`,
      expect.objectContaining({ method: 'PUT', body: JSON.stringify({ bedsAvailable: 5 }) }),
    );
    await userEvent.type(screen.getByRole('textbox', { name: 'Nombre exact' }), '9');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(fetchMock).toHaveBeenLastCalledWith(
      expect.any(String),
      expect.objectContaining({ body: JSON.stringify({ bedsAvailable: 9 }) }),
    );
  });
});
