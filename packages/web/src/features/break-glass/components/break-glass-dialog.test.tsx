// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { BreakGlassDialog } from './break-glass-dialog';

const patientId = '2d8b5e4c-3f6a-4b7c-8d9e-1f2a3b4c5d6e';

const startedAccess = {
  id: '7c2d0e9f-8a1b-4c2d-9e3f-6a7b8c9d0e12',
  gstId: '0b6f3c2a-1d4e-4f5a-8b7c-9d0e1f2a3b4c',
  patientId,
  userId: '3e9c6f5d-4a7b-4c8d-9e0f-2a3b4c5d6e7f',
  establishmentId: null,
  reasonCode: 'unconscious_patient',
  reasonText: 'Patient inconscient aux urgences',
  startedAt: '2026-03-01T10:00:00.000Z',
  expiresAt: '2026-03-01T14:00:00.000Z',
  endedAt: null,
  state: 'running',
  reviewStatus: 'pending',
};

function answering(status: number, body: unknown) {
  const fetchMock = vi.fn<typeof fetch>(() =>
    Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderDialog() {
  const onStarted = vi.fn();
  const onClose = vi.fn();
  renderWithProviders(
    <QueryClientProvider client={new QueryClient()}>
      <BreakGlassDialog patientId={patientId} opened onClose={onClose} onStarted={onStarted} />
    </QueryClientProvider>,
  );
  return { onStarted, onClose };
}

// No delay between keystrokes: typing stays fast on a busy machine.
const user = userEvent.setup({ delay: null });

// Forms render Mantine modals and type into inputs: slow when the machine is busy (CI runs several suites at once).
describe('BreakGlassDialog', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('says the access is exceptional, audited, reviewed by the DPO and lasts 4 hours', () => {
    answering(201, startedAccess);
    renderDialog();
    expect(screen.getByText(/tracés dans le journal d'audit/)).toBeTruthy();
    expect(screen.getByText(/revu par le délégué à la protection des données \(DPO\)/)).toBeTruthy();
    expect(screen.getByText(/dure 4 heures au plus/)).toBeTruthy();
  });

  it('asks for a reason code and a justification before sending anything', async () => {
    const fetchMock = answering(201, startedAccess);
    const { onStarted } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Ouvrir le dossier' }));
    expect(await screen.findByText('Choisissez le motif de cet accès.')).toBeTruthy();
    expect(screen.getByText("Donnez une justification d'au moins 10 caractères.")).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(onStarted).not.toHaveBeenCalled();
  });

  it('refuses a justification too short to be reviewed', async () => {
    const fetchMock = answering(201, startedAccess);
    renderDialog();
    await user.selectOptions(screen.getByLabelText(/^Motif/), 'emergency');
    await user.type(screen.getByLabelText(/^Justification/), 'urgent');
    await user.click(screen.getByRole('button', { name: 'Ouvrir le dossier' }));
    expect(await screen.findByText("Donnez une justification d'au moins 10 caractères.")).toBeTruthy();
    expect(screen.queryByText('Choisissez le motif de cet accès.')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('starts the access with the reason and tells the page', async () => {
    const fetchMock = answering(201, startedAccess);
    const { onStarted } = renderDialog();
    await user.selectOptions(screen.getByLabelText(/^Motif/), 'unconscious_patient');
    await user.type(screen.getByLabelText(/^Justification/), 'Patient inconscient aux urgences');
    await user.click(screen.getByRole('button', { name: 'Ouvrir le dossier' }));
    await vi.waitFor(() => expect(onStarted).toHaveBeenCalledTimes(1));
    expect(fetchMock).toHaveBeenCalledWith(
      `/api/patients/${patientId}/break-glass`,
      expect.objectContaining({ method: 'POST' }),
    );
    const body = fetchMock.mock.calls[0]?.[1]?.body;
    expect(JSON.parse(typeof body === 'string' ? body : '{}')).toEqual({
      reasonCode: 'unconscious_patient',
      reasonText: 'Patient inconscient aux urgences',
    });
  });

  it('shows the refusal of a non-clinician', async () => {
    answering(403, { error: { code: 'forbidden', message: 'You are not allowed to do this', issues: [] } });
    const { onStarted } = renderDialog();
    await user.selectOptions(screen.getByLabelText(/^Motif/), 'emergency');
    await user.type(screen.getByLabelText(/^Justification/), 'Arrêt cardiaque en salle d’attente');
    await user.click(screen.getByRole('button', { name: 'Ouvrir le dossier' }));
    expect(await screen.findByText("Vous n'avez pas les droits nécessaires pour cette action.")).toBeTruthy();
    expect(onStarted).not.toHaveBeenCalled();
  });
});
