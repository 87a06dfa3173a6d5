// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Teleexpertise } from '@tansiq/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { openTeleexpertise, stubFetch } from '../testing/teleexpertise-fixtures';
import { TeleconsultationChanges } from './teleconsultation-changes';

const render = (allowedActions: Teleexpertise['allowedActions']) =>
  renderWithProviders(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <TeleconsultationChanges teleexpertise={{ ...openTeleexpertise, allowedActions }} />
    </QueryClientProvider>,
  );

describe('TeleconsultationChanges', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('cancels a booked teleconsultation only once a reason is written', async () => {
    const calls = stubFetch(() => ({ body: openTeleexpertise }));
    render(['cancel_teleconsultation']);
    expect(screen.queryByRole('button', { name: 'Patient absent' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Annuler la téléconsultation' }));
    const confirm = screen.getByRole('button', { name: 'Confirmer l’annulation' });
    expect(confirm.hasAttribute('disabled')).toBe(true);
    await userEvent.type(screen.getByRole('textbox', { name: /Motif de l’annulation/ }), 'Patiente hospitalisée');
    await userEvent.click(confirm);
    await vi.waitFor(() =>
      expect(calls.find((call) => call.method === 'POST')).toEqual({
        url: `/api/teleexpertise/${openTeleexpertise.id}/teleconsultation/cancel`,
        method: 'POST',
        body: { reason: 'Patiente hospitalisée' },
      }),
    );
  });

  it('records a no-show for the specialist’s end', async () => {
    const calls = stubFetch(() => ({ body: openTeleexpertise }));
    render(['cancel_teleconsultation', 'teleconsultation_no_show']);
    await userEvent.click(screen.getByRole('button', { name: 'Patient absent' }));
    await vi.waitFor(() =>
      expect(calls.find((call) => call.method === 'POST')?.url).toBe(
        `/api/teleexpertise/${openTeleexpertise.id}/teleconsultation/no-show`,
      ),
    );
  });
});
