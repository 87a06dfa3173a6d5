// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { LeaveForm } from './leave-form';

const staffMemberId = '5b0c7c1e-0000-4000-8000-000000000001';

function stubApi(status: number, body: unknown) {
  const fetchMock = vi.fn<typeof fetch>(() =>
    Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const overlap = {
  error: {
    code: 'unprocessable',
    message: 'The leave overlaps a annual leave from 2026-08-01 to 2026-08-20',
    issues: [
      {
        path: ['startsOn'],
        message: 'The leave overlaps a annual leave from 2026-08-01 to 2026-08-20',
        code: 'leave_overlap',
      },
    ],
    details: { rule: 'leave_overlap' },
  },
};

async function fillAndSubmit() {
  renderWithProviders(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <LeaveForm staffMemberId={staffMemberId} />
    </QueryClientProvider>,
  );
  fireEvent.change(screen.getByLabelText(/^Du/), { target: { value: '2026-08-15' } });
  fireEvent.change(screen.getByLabelText(/^Au/), { target: { value: '2026-08-25' } });
  await userEvent.click(screen.getByRole('button', { name: 'Ajouter un congé' }));
}

// The first render loads Mantine and i18n: slow on a busy machine.
describe('LeaveForm', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('sends the leave to the staff member', async () => {
    const fetchMock = stubApi(422, overlap);
    await fillAndSubmit();
    expect(fetchMock).toHaveBeenCalledWith(
      `/api/staff/${staffMemberId}/leaves`,
      expect.objectContaining({
        method: 'POST',
        body: JSON.stringify({ kind: 'annual', startsOn: '2026-08-15', endsOn: '2026-08-25', note: null }),
      }),
    );
  });

  it('shows the rule broken when the server refuses the leave (422)', async () => {
    stubApi(422, overlap);
    await fillAndSubmit();
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Règle non respectée : The leave overlaps a annual leave from 2026-08-01 to 2026-08-20',
    );
  });

  it('checks the dates before sending', async () => {
    const fetchMock = stubApi(201, {});
    renderWithProviders(
      <QueryClientProvider client={new QueryClient()}>
        <LeaveForm staffMemberId={staffMemberId} />
      </QueryClientProvider>,
    );
    fireEvent.change(screen.getByLabelText(/^Du/), { target: { value: '2026-08-25' } });
    fireEvent.change(screen.getByLabelText(/^Au/), { target: { value: '2026-08-15' } });
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter un congé' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The leave ends before it starts');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
