// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MobilityOptions } from '@tansiq/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { MobilitySubjectCard } from './mobility-subject-card';

const requestId = '00000000-0000-4000-8000-000000000b00';
const origin = '00000000-0000-4000-8000-000000000b01';
const destination = '00000000-0000-4000-8000-000000000b02';
const nurse = '00000000-0000-4000-8000-000000000b03';
const subject = {
  kind: 'temporary_mission',
  staffMemberId: nurse,
  fromEstablishmentId: origin,
  toEstablishmentId: destination,
  toSpecialtyCode: null,
  startsOn: '2027-03-01',
  endsOn: '2027-03-05',
  timeShare: 50,
  reason: 'Renfort',
};
const options: MobilityOptions = {
  establishments: [
    { id: origin, nameFr: 'CHP de Chefchaouen', nameAr: null },
    { id: destination, nameFr: 'CHP de Ouezzane', nameAr: null },
  ],
  originIds: [origin],
  staff: [
    {
      id: nurse,
      displayName: 'Hicham Tahiri',
      cadre: 'polyvalent_nurse',
      staffNumber: 'TTA-S-1',
      establishmentId: origin,
    },
  ],
};

function render(editable: boolean) {
  const calls: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>((input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const method = init?.method ?? 'GET';
      const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      calls.push({ method, url, body });
      const answer = url.startsWith('/api/mobility/options') ? options : { id: requestId };
      return Promise.resolve(
        new Response(JSON.stringify(answer), {
          status: method === 'PATCH' ? 422 : 200,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }),
  );
  renderWithProviders(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <MobilitySubjectCard subject={subject} editable={editable ? { requestId, version: 3 } : undefined} />
    </QueryClientProvider>,
  );
  return calls;
}

describe('a mobility returned for changes', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('is corrected by its requester in a prefilled form, sent with the version they saw', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = render(true);
    await user.click(screen.getByRole('button', { name: 'Corriger la demande' }));
    const dialog = await screen.findByRole('dialog', { name: 'Corriger la demande renvoyée' });
    const end = within(dialog).getByLabelText('Fin');
    expect(end).toHaveProperty('value', '2027-03-05');
    await user.clear(end);
    await user.type(end, '2027-03-12');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer les corrections' }));
    await vi.waitFor(() => expect(calls.some((call) => call.method === 'PATCH')).toBe(true));
    const patch = calls.find((call) => call.method === 'PATCH');
    expect(patch?.url).toBe(`/api/approval-requests/${requestId}`);
    expect(patch?.body).toEqual({
      version: 3,
      subject: { ...subject, toSpecialtyCode: undefined, endsOn: '2027-03-12' },
    });
  });

  it('offers no correction to anyone else', () => {
    render(false);
    expect(screen.queryByRole('button', { name: 'Corriger la demande' })).toBeNull();
  });
});
