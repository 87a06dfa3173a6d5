// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import type { DeduplicationRun } from '@tansiq/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { DeduplicationProgress } from './deduplication-progress';
import { DeduplicationRunsTable } from './deduplication-runs-table';
import { runsRefetchInterval } from '../api/use-deduplication-runs';

const run = (overrides: Partial<DeduplicationRun> = {}): DeduplicationRun => ({
  id: '9b2f1f4e-8a4e-4c55-9b1a-0f1e2d3c4b5a',
  gstId: '0c6f1a52-1d2e-4f3a-8b7c-6d5e4f3a2b1c',
  scope: 'index',
  importJobId: null,
  status: 'running',
  phase: 'scoring',
  keysTotal: 800,
  keysDone: 200,
  candidatePairs: 5_400,
  comparisons: 4_100,
  autoMerged: 0,
  sentToReview: 37,
  modelVersion: 3,
  linkThreshold: 0.6086,
  reviewThreshold: 0.2,
  error: null,
  requestedBy: null,
  createdAt: '2026-01-12T09:30:00.000Z',
  startedAt: '2026-01-12T09:30:01.000Z',
  finishedAt: null,
  ...overrides,
});

const progressBar = () => screen.getByRole('progressbar', { name: 'Avancement du dédoublonnage' });

describe('DeduplicationProgress', () => {
  afterEach(cleanup);

  it('shows the phase and the share of blocking keys walked while scoring', () => {
    renderWithProviders(<DeduplicationProgress run={run()} />);
    expect(screen.getByText('Comparaison des blocs')).toBeTruthy();
    expect(progressBar().getAttribute('aria-valuenow')).toBe('25');
    expect(screen.getByText('200 / 800 clés de blocage')).toBeTruthy();
  });

  it('shows a queued run as waiting, with an empty bar', () => {
    renderWithProviders(
      <DeduplicationProgress run={run({ status: 'queued', phase: 'training', keysDone: 0, keysTotal: 0 })} />,
    );
    expect(screen.getByText('En attente')).toBeTruthy();
    expect(progressBar().getAttribute('aria-valuenow')).toBe('0');
  });

  it('fills the bar of a finished run, even one with no key to walk', () => {
    renderWithProviders(
      <DeduplicationProgress run={run({ status: 'succeeded', phase: 'done', keysDone: 0, keysTotal: 0 })} />,
    );
    expect(screen.getByText('Terminé')).toBeTruthy();
    expect(progressBar().getAttribute('aria-valuenow')).toBe('100');
  });

  it('shows why a run failed, where it stopped', () => {
    renderWithProviders(
      <DeduplicationProgress
        run={run({ status: 'failed', error: 'Stopped on purpose after 1 page(s)', keysDone: 400 })}
      />,
    );
    expect(screen.getByText('Stopped on purpose after 1 page(s)')).toBeTruthy();
    expect(progressBar().getAttribute('aria-valuenow')).toBe('50');
  });
});

describe('DeduplicationRunsTable', () => {
  afterEach(cleanup);

  it('lists each run with its counts, thresholds, model and duration', () => {
    renderWithProviders(
      <DeduplicationRunsTable
        runs={[
          run({
            status: 'succeeded',
            phase: 'done',
            keysDone: 800,
            autoMerged: 12,
            finishedAt: '2026-01-12T09:32:06.000Z',
          }),
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: "Dédoublonnage de l'index régional" });
    expect(table.textContent).toContain('Fusions automatiques');
    expect(screen.getByText('12')).toBeTruthy();
    expect(screen.getByText('37')).toBeTruthy();
    expect(screen.getByText('61 % / 20 %')).toBeTruthy();
    expect(screen.getByText('v3')).toBeTruthy();
    expect(screen.getByText('2 min 5 s')).toBeTruthy();
    expect(screen.getByText('Terminé', { selector: '.mantine-Badge-label' })).toBeTruthy();
  });
});

describe('runsRefetchInterval', () => {
  it('polls every 2 seconds while a run is queued or running, and stops when all have ended', () => {
    const page = (statuses: DeduplicationRun['status'][]) => ({
      items: statuses.map((status) => run({ status })),
      total: statuses.length,
      page: 1,
      pageSize: 20,
    });
    expect(runsRefetchInterval(page(['running', 'succeeded']))).toBe(2_000);
    expect(runsRefetchInterval(page(['queued']))).toBe(2_000);
    expect(runsRefetchInterval(page(['succeeded', 'failed']))).toBe(false);
    expect(runsRefetchInterval(undefined)).toBe(false);
  });
});
