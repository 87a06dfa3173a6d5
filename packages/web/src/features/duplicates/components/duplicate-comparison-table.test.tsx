// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { comparisonOf, newer, older } from '../testing/duplicate-fixtures';
import { DuplicateComparisonTable } from './duplicate-comparison-table';

const rowOf = (label: string) => {
  const header = screen.getByRole('rowheader', { name: label });
  const row = header.closest('tr');
  if (!row) {
    throw new Error(`No row for ${label}`);
  }
  return row;
};

describe('DuplicateComparisonTable', () => {
  afterEach(async () => {
    cleanup();
    await i18next.changeLanguage('fr');
  });

  it('marks each field as agreeing, close, different or not comparable', () => {
    const { fields } = comparisonOf(older, newer);
    renderWithProviders(<DuplicateComparisonTable left={older} right={newer} fields={fields} />);
    expect(within(rowOf('Prénom (latin)')).getByText('Concordant')).toBeTruthy();
    expect(within(rowOf('Nom (latin)')).getByText('Proche')).toBeTruthy();
    expect(within(rowOf('Date de naissance')).getByText('Proche')).toBeTruthy();
    expect(within(rowOf('Sexe')).getByText('Différent')).toBeTruthy();
    expect(within(rowOf('Commune')).getByText('Concordant')).toBeTruthy();
    expect(within(rowOf('CIN')).getByText('Non comparable')).toBeTruthy();
  });

  it('shows both values of a row, the Arabic name right to left and the year-only date as such', () => {
    const { fields } = comparisonOf(older, newer);
    renderWithProviders(<DuplicateComparisonTable left={older} right={newer} fields={fields} />);
    const birth = rowOf('Date de naissance');
    expect(within(birth).getByText('1961 (année seule)')).toBeTruthy();
    const precise = within(birth).getAllByRole('cell')[1]?.textContent ?? '';
    expect(precise).toMatch(/^2 .*1961$/);
    const arabic = within(rowOf('Nom (arabe)')).getByText('العمراني');
    expect(arabic.getAttribute('dir')).toBe('rtl');
    expect(within(rowOf('Commune')).getAllByText('Bab Taza (01.151.01.01)')).toHaveLength(2);
  });

  it('colours agreeing and differing values differently', () => {
    const { fields } = comparisonOf(older, newer);
    renderWithProviders(<DuplicateComparisonTable left={older} right={newer} fields={fields} />);
    const background = (label: string) => within(rowOf(label)).getAllByRole('cell')[0]?.getAttribute('style') ?? '';
    expect(background('Prénom (latin)')).toContain('teal');
    expect(background('Nom (latin)')).toContain('yellow');
    expect(background('Sexe')).toContain('red');
    expect(background('CIN')).not.toContain('red');
  });

  it('speaks Arabic in the Arabic interface', async () => {
    const { fields } = comparisonOf(older, newer);
    renderWithProviders(<DuplicateComparisonTable left={older} right={newer} fields={fields} />);
    await i18next.changeLanguage('ar');
    expect(await screen.findByRole('rowheader', { name: 'الجنس' })).toBeTruthy();
    expect(within(rowOf('الجنس')).getByText('مختلف')).toBeTruthy();
    expect(within(rowOf('الجماعة')).getAllByText('باب تازة (01.151.01.01)')).toHaveLength(2);
  });
});
