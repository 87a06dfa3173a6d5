// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { measures } from '../testing/indicator-fixtures';
import { IndicatorKpiCards } from './indicator-kpi-cards';

/** The card's text with Intl's narrow no-break spaces made plain. */
const text = (testId: string) => screen.getByTestId(`kpi-${testId}`).textContent?.replace(/\s/g, ' ');

describe('IndicatorKpiCards', () => {
  afterEach(() => {
    cleanup();
  });

  it('shows volumes, shares, median · p90 delays and tele-expertise, with a dash for unpublished delays', () => {
    renderWithProviders(<IndicatorKpiCards totals={measures()} />);
    expect(text('referrals')).toBe('9');
    expect(text('inPathwayShare')).toBe('55,6 %');
    expect(text('acceptanceDelay')).toBe('4 j · 6,8 j');
    expect(text('attendanceDelay')).toBe('— · —');
    expect(text('noShowRate')).toBe('20 %');
    expect(text('teleexpertiseResponse')).toBe('6 h · 60 %');
    expect(screen.getByRole('region', { name: 'Taux de refus' })).toBeTruthy();
  });
});
