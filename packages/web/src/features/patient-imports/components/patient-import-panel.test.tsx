// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { PatientImportPanel } from './patient-import-panel';

const establishmentId = '5f0c2a41-0000-4000-8000-000000000001';
const jobId = '5f0c2a41-0000-4000-8000-0000000000aa';

const csv = [
  'IPP,Nom,Prénom,Sexe,date_naissance,CIN,Tél,Commune,الاسم,Remarque',
  'CH-001,El Amrani,Khadija,F,12/03/1984,K123456,0612345678,Chefchaouen,خديجة,',
  'CH-002,Bennani,Salma,F,1999,,,Tétouan,,née à Tétouan',
].join('\n');

function Harness() {
  const [current, setCurrent] = useState<string | null>(null);
  return (
    <PatientImportPanel
      establishments={[{ value: establishmentId, label: 'CSR Tissemlal (T-1)', searchText: 'CSR Tissemlal T-1' }]}
      establishmentsLoading={false}
      jobId={current}
      onJobChange={setCurrent}
      canReviewPairs={false}
    />
  );
}

function renderPanel() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderWithProviders(
    <QueryClientProvider client={queryClient}>
      <Harness />
    </QueryClientProvider>,
  );
}

async function chooseFile() {
  await userEvent.upload(
    screen.getByLabelText('Fichier CSV'),
    new File([csv], 'patients-2019.csv', { type: 'text/csv' }),
  );
  await screen.findByText('Lignes de patients : 2 · colonnes : 10');
}

const selected = (label: string) => screen.getByLabelText<HTMLSelectElement>(label).value;
const roleOf = (column: string) => selected(`Contenu de la colonne ${column}`);

const job = (status: 'queued' | 'succeeded') => ({
  id: jobId,
  gstId: '5f0c2a41-0000-4000-8000-0000000000bb',
  establishmentId,
  establishmentCode: 'T-1',
  establishmentName: 'CSR Tissemlal',
  establishmentNameAr: null,
  fileName: 'patients-2019.csv',
  dryRun: true,
  status,
  totalRows: 2,
  processedRows: status === 'queued' ? 0 : 2,
  counts: status === 'queued' ? null : { linked: 1, new: 1, sentToReview: 0, rejected: 0 },
  createdBy: '5f0c2a41-0000-4000-8000-0000000000cc',
  createdAt: '2026-11-22T10:00:00.000Z',
  finishedAt: status === 'queued' ? null : '2026-11-22T10:00:02.000Z',
  mapping: { IPP: { role: 'local_id' }, Nom: { role: 'family_name' } },
  rows: [],
  errors: [],
});

describe('PatientImportPanel', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('proposes what each column holds from its name, and a date format from its values', async () => {
    renderPanel();
    await chooseFile();
    expect(roleOf('IPP')).toBe('local_id');
    expect(roleOf('Nom')).toBe('family_name');
    expect(roleOf('Prénom')).toBe('given_name');
    expect(roleOf('Sexe')).toBe('sex');
    expect(roleOf('date_naissance')).toBe('birth_date');
    expect(roleOf('CIN')).toBe('cin');
    expect(roleOf('Tél')).toBe('phone');
    expect(roleOf('Commune')).toBe('commune_name');
    // A second given-name column is not taken: only one column may hold each field.
    expect(roleOf('الاسم')).toBe('ignore');
    expect(roleOf('Remarque')).toBe('ignore');
    expect(selected('Format de date de la colonne date_naissance')).toBe('DD/MM/YYYY');
    expect(screen.getByText(/l'écriture de chaque case est détectée/)).toBeTruthy();
  });

  it('lets the user change a column, and explains how a full name is split', async () => {
    renderPanel();
    await chooseFile();
    await userEvent.selectOptions(screen.getByLabelText('Contenu de la colonne Nom'), 'full_name');
    expect(screen.getByText(/le dernier mot, avec sa particule/)).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Contenu de la colonne IPP'), 'ignore');
    expect(screen.getByText('Choisissez exactement une colonne « IPP ».')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Vérifier (essai à blanc)' })).toHaveProperty('disabled', true);
  });

  it('sends the file, the mapping and the dry-run flag in the body, then shows the counts', async () => {
    const fetchMock = vi.fn<typeof fetch>((input, init) => {
      const body = init?.method === 'POST' ? job('queued') : job('succeeded');
      return Promise.resolve(new Response(JSON.stringify(body), { status: init?.method === 'POST' ? 202 : 200 }));
    });
    vi.stubGlobal('fetch', fetchMock);
    renderPanel();
    await chooseFile();
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier (essai à blanc)' }));

    await screen.findByText('Rapport de vérification');
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/patient-imports');
    const sent = JSON.parse(typeof init?.body === 'string' ? init.body : '{}') as Record<string, unknown>;
    expect(sent).toMatchObject({
      establishmentId,
      fileName: 'patients-2019.csv',
      content: csv,
      dryRun: true,
      mapping: { IPP: { role: 'local_id' }, date_naissance: { role: 'birth_date', format: 'DD/MM/YYYY' } },
    });
    await waitFor(() => expect(screen.getByTestId('patient-import-counts').textContent).toContain('Rattachés'));
    expect(
      screen.getByText("Essai à blanc : rien n'a été enregistré. Lancez l'import pour appliquer ce rapport."),
    ).toBeTruthy();
  });
});
