// @vitest-environment jsdom
import type { DirectoryEntry } from '@tansiq/domain';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { DirectoryEntryForm } from './directory-entry-form';

const entry: DirectoryEntry = {
  gstId: '5b0c7c1e-0000-4000-8000-000000000009',
  establishmentId: '5b0c7c1e-0000-4000-8000-000000000001',
  specialtyCode: 'cardiology',
  acceptsReferrals: true,
  criteria: 'Insuffisance cardiaque',
  notes: null,
  directBooking: false,
  offersTeleexpertise: false,
  offersTeleconsultation: false,
  headUserId: null,
  version: 3,
  updatedAt: '2026-12-01T10:00:00.000Z',
};

function stubApi(status: number) {
  const body =
    status === 200
      ? { ...entry, version: 4 }
      : { error: { code: 'conflict', message: 'The entry was changed by someone else', issues: [] } };
  const fetchMock = vi.fn<typeof fetch>(() =>
    Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const renderForm = (canEdit: boolean) =>
  renderWithProviders(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <DirectoryEntryForm entry={entry} canEdit={canEdit} />
    </QueryClientProvider>,
  );

describe('DirectoryEntryForm', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('saves the entry with the version it was read at', async () => {
    const fetchMock = stubApi(200);
    renderForm(true);
    await userEvent.click(screen.getByRole('switch', { name: /prendre rendez-vous directement/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la fiche' }));
    const [, init] = fetchMock.mock.calls[0] ?? [];
    expect(init?.method).toBe('PUT');
    expect(JSON.parse(typeof init?.body === 'string' ? init.body : '{}')).toMatchObject({
      directBooking: true,
      version: 3,
      criteria: 'Insuffisance cardiaque',
    });
  });

  it('explains a concurrent change', async () => {
    stubApi(409);
    renderForm(true);
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la fiche' }));
    expect(await screen.findByText(/modifiée entre-temps/)).toBeTruthy();
  });

  it('is read-only for those who may not edit it', () => {
    stubApi(200);
    renderForm(false);
    expect(screen.queryByRole('button', { name: 'Enregistrer la fiche' })).toBeNull();
    expect(screen.getByRole('switch', { name: 'Reçoit des références' })).toHaveProperty('disabled', true);
  });
});
