// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { ReasonChips, reasonTone } from './reason-chips';

describe('reasonTone', () => {
  it.each([
    [{ field: 'family_name', level: 'exact', weight: 6.2 }, 'agree'],
    [{ field: 'given_name', level: 'phonetic', weight: 3.1 }, 'agree'],
    [{ field: 'regional_id', level: 'exact', weight: 0 }, 'agree'],
    [{ field: 'given_name', level: 'jw_0.94', weight: 2.4 }, 'partial'],
    [{ field: 'birth_date', level: 'same_year_imprecise', weight: 1.5 }, 'partial'],
    [{ field: 'birth_date', level: 'day_month_swapped', weight: 2 }, 'partial'],
    [{ field: 'phone', level: 'last_8_digits', weight: 0.5 }, 'partial'],
    [{ field: 'birth_date', level: 'within_one_year', weight: -0.4 }, 'disagree'],
    [{ field: 'cin', level: 'disagree', weight: -5 }, 'disagree'],
    [{ field: 'address', level: 'missing', weight: 0 }, undefined],
  ])('reads %j as %s', (reason, tone) => {
    expect(reasonTone(reason)).toBe(tone);
  });
});

describe('ReasonChips', () => {
  afterEach(cleanup);

  it('shows one chip per compared field, coloured by agreement, and leaves missing fields out', () => {
    renderWithProviders(
      <ReasonChips
        reasons={[
          { field: 'family_name', level: 'phonetic', weight: 4.2 },
          { field: 'given_name', level: 'jw_0.94', weight: 2.1 },
          { field: 'birth_date', level: 'day_month_swapped', weight: 1.8 },
          { field: 'phone', level: 'disagree', weight: -1.2 },
          { field: 'cin', level: 'missing', weight: 0 },
        ]}
      />,
    );
    const chips = screen.getAllByRole('listitem');
    expect(chips.map((chip) => chip.textContent)).toEqual([
      'Nom : même prononciation',
      'Prénom : très proche',
      'Naissance : jour et mois inversés',
      'Téléphone : différent',
    ]);
    expect(screen.getByRole('listitem', { name: 'Nom : même prononciation (concorde)' }).dataset.tone).toBe('agree');
    expect(screen.getByRole('listitem', { name: 'Prénom : très proche (concorde en partie)' }).dataset.tone).toBe(
      'partial',
    );
    expect(screen.getByRole('listitem', { name: 'Téléphone : différent (diffère)' }).dataset.tone).toBe('disagree');
    expect(screen.queryByText(/CIN/)).toBeNull();
  });

  it('shows nothing when every field is missing', () => {
    renderWithProviders(<ReasonChips reasons={[{ field: 'cin', level: 'missing', weight: 0 }]} />);
    expect(screen.queryByRole('list')).toBeNull();
  });
});
