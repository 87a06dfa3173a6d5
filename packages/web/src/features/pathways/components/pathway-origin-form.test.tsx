// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { centre, draftMap, provincialHospital, regionalHospital } from '../testing/pathway-fixtures';
import { bodyOf, stubApi } from '../testing/stub-api';
import { PathwayOriginForm } from './pathway-origin-form';

const rowUrl = `/api/pathway-maps/${draftMap.id}/origins/${centre.id}`;

function renderForm(onClose = vi.fn()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  renderWithProviders(
    <QueryClientProvider client={queryClient}>
      <PathwayOriginForm map={draftMap} origin={centre} row={draftMap.origins[0]} onClose={onClose} />
    </QueryClientProvider>,
  );
  return onClose;
}

// Typing into Mantine inputs is slow on a loaded machine.
describe('PathwayOriginForm', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('saves the row with its ranked destinations and the revision read, then closes', async () => {
    const fetchMock = stubApi({ [rowUrl]: { status: 200, body: draftMap } });
    const onClose = renderForm();
    await userEvent.click(screen.getByRole('switch', { name: /Télé-expertise d'abord/ }));
    const routine = screen.getByRole('textbox', { name: 'Délai max. programmé (jours)' });
    await userEvent.clear(routine);
    await userEvent.type(routine, '21');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: 5000 });
    expect(bodyOf(fetchMock, rowUrl)).toEqual({
      revision: 5,
      destinationIds: [provincialHospital.id, regionalHospital.id],
      maxDelayRoutineDays: 21,
      maxDelayUrgentDays: 3,
      maxDelayEmergencyHours: 6,
      teleexpertiseFirst: true,
      returnEstablishmentId: centre.id,
    });
  });

  it('checks the delays with the domain schema before sending', async () => {
    const fetchMock = stubApi({});
    renderForm();
    const urgent = screen.getByRole('textbox', { name: 'Délai max. urgent (jours)' });
    await userEvent.clear(urgent);
    await userEvent.type(urgent, '45');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Le délai urgent ne peut pas dépasser le délai programmé')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the server’s refusal of a destination next to that destination', async () => {
    stubApi({
      [rowUrl]: {
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: 'This row of the pathway map is not valid',
            issues: [
              {
                path: ['destinationIds', 1],
                message: 'The destination does not offer the specialty',
                code: 'destination_lacks_specialty',
              },
            ],
          },
        },
      },
    });
    const onClose = renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText("N'offre pas la spécialité")).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('says when someone else changed the draft meanwhile', async () => {
    stubApi({ [rowUrl]: { status: 409, body: { error: { code: 'conflict', message: 'Changed', issues: [] } } } });
    renderForm();
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      "Quelqu'un d'autre a modifié ce brouillon entre-temps. Rechargez la carte puis recommencez.",
    );
  });
});
