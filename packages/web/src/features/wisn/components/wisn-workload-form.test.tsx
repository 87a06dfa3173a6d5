// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { centreId, establishmentWisn, regionalWisn } from '../testing/wisn-fixtures';
import { WisnWorkloadForm } from './wisn-workload-form';

const figures = { gstId: regionalWisn.gstId, year: 2025, annualisationFactor: 1, entered: [], platform: [] };

describe('WisnWorkloadForm', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('sends the figure typed for a missing activity and removes the empty ones', async () => {
    const fetchMock = vi.fn<typeof fetch>(() =>
      Promise.resolve(
        new Response(JSON.stringify(figures), { status: 200, headers: { 'content-type': 'application/json' } }),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    renderWithProviders(
      <QueryClientProvider client={queryClient}>
        <WisnWorkloadForm gstId={regionalWisn.gstId} data={establishmentWisn} />
      </QueryClientProvider>,
    );
    expect(screen.getByText('Plateforme : 6150')).toBeTruthy();
    expect(screen.getByText('Non comptée par la plateforme')).toBeTruthy();
    await userEvent.type(screen.getByRole('textbox', { name: /Visite scolaire/ }), '164');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer les chiffres' }));
    expect(await screen.findByText('Chiffres enregistrés.')).toBeTruthy();
    const [url, init] = fetchMock.mock.calls.at(-1) ?? [];
    expect(typeof url === 'string' ? url : '').toContain('/api/wisn/workload');
    expect(init?.method).toBe('PUT');
    expect(JSON.parse(typeof init?.body === 'string' ? init.body : '')).toEqual({
      gstId: regionalWisn.gstId,
      establishmentId: centreId,
      year: 2025,
      entries: [
        { activityCode: 'curative_consultation', annualWorkload: null },
        { activityCode: 'school_health_visit', annualWorkload: 164 },
      ],
    });
  });
});
