// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { GstHolidaysEditor } from './gst-holidays-editor';

const gstId = '5b0c7c1e-0000-4000-8000-000000000009';
const year = new Date().getFullYear();

function stubApi() {
  const fetchMock = vi.fn<typeof fetch>((_input, init) => {
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { holidays: unknown[] }) : { holidays: [] };
    return Promise.resolve(
      new Response(JSON.stringify(body.holidays), { status: 200, headers: { 'content-type': 'application/json' } }),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const renderEditor = (canEdit: boolean) =>
  renderWithProviders(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <GstHolidaysEditor gstId={gstId} holidays={[{ day: `${year}-01-01`, name: 'Nouvel an' }]} canEdit={canEdit} />
    </QueryClientProvider>,
  );

describe('GstHolidaysEditor', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("starts a year from Morocco's holidays and saves that year only", async () => {
    const fetchMock = stubApi();
    renderEditor(true);
    await userEvent.click(screen.getByRole('button', { name: /Reprendre les (jours fériés|fêtes fixes) du Maroc/ }));
    expect(screen.getByText('Fête du Trône')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Retirer Fête du Trône' }));
    await userEvent.click(screen.getByRole('button', { name: `Enregistrer ${year}` }));
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe(`/api/gsts/${gstId}/holidays`);
    const sent = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as {
      years: number[];
      holidays: { day: string; name: string }[];
    };
    expect(sent.years).toEqual([year]);
    expect(sent.holidays.map((holiday) => holiday.name)).toContain('Marche verte');
    expect(sent.holidays.map((holiday) => holiday.name)).not.toContain('Fête du Trône');
  });

  it('only lists the holidays for those who may not edit them', () => {
    stubApi();
    renderEditor(false);
    expect(screen.getByText('Nouvel an')).toBeTruthy();
    expect(screen.queryByRole('button', { name: `Enregistrer ${year}` })).toBeNull();
  });
});
