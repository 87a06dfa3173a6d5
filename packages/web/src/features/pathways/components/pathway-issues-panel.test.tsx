// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { draftMap, townCentre } from '../testing/pathway-fixtures';
import { PathwayIssuesPanel } from './pathway-issues-panel';

describe('PathwayIssuesPanel', { timeout: 20_000 }, () => {
  afterEach(() => {
    cleanup();
  });

  it('names each issue with its establishments and opens the row to fix it', async () => {
    const onEditOrigin = vi.fn();
    renderWithProviders(<PathwayIssuesPanel map={draftMap} onEditOrigin={onEditOrigin} />);
    expect(screen.getByText('1 problème à corriger avant publication')).toBeTruthy();
    expect(screen.getByText("CSU Tanger Médina → HP Assilah : la destination n'offre pas la spécialité")).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Modifier' }));
    expect(onEditOrigin).toHaveBeenCalledWith(townCentre.id);
  });

  it('says when the map may be published, and offers no edit to readers', () => {
    renderWithProviders(<PathwayIssuesPanel map={{ ...draftMap, issues: [] }} />);
    expect(screen.getByText(/Aucun problème/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
