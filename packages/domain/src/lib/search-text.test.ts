import { describe, expect, it } from 'vitest';
import { normaliseSearchText } from './search-text';

describe('normaliseSearchText', () => {
  it.each([
    { name: 'lower-cases and drops Latin accents', input: 'Tétouan', expected: 'tetouan' },
    { name: 'drops accents on capitals and cedillas', input: 'ÉCOLE Françoise', expected: 'ecole francoise' },
    { name: 'turns a hyphen and an apostrophe into spaces', input: "M'diq-Fnideq", expected: 'm diq fnideq' },
    {
      name: 'turns a backquote and an acute accent used as apostrophes into spaces',
      input: 'Dar`Chaoui´Ksar',
      expected: 'dar chaoui ksar',
    },
    { name: 'collapses and trims spaces', input: '  Hôpital   Mohammed\tV  ', expected: 'hopital mohammed v' },
    { name: 'turns taa marbuta into haa', input: 'طنجة', expected: 'طنجه' },
    { name: 'turns alef maqsura into yaa', input: 'مستشفى', expected: 'مستشفي' },
    { name: 'drops tashkeel', input: 'مُسْتَشْفَى', expected: 'مستشفي' },
    { name: 'drops shadda and tanwin', input: 'صحّةً', expected: 'صحه' },
    { name: 'drops tatweel', input: 'طنـــجة', expected: 'طنجه' },
    { name: 'drops the superscript alef', input: 'رحمٰن', expected: 'رحمن' },
    { name: 'turns alef wasla into a bare alef', input: 'ٱلصحة', expected: 'الصحه' },
    { name: 'leaves an empty string empty', input: '', expected: '' },
  ])('$name', ({ input, expected }) => {
    expect(normaliseSearchText(input)).toBe(expected);
  });

  it.each([
    { a: 'مُسْتَشْفَى', b: 'مستشفي' },
    { a: 'Tétouan', b: 'TETOUAN' },
    { a: "M'diq-Fnideq", b: 'M diq Fnideq' },
  ])('folds $a and $b to the same text', ({ a, b }) => {
    expect(normaliseSearchText(a)).toBe(normaliseSearchText(b));
  });

  it('is idempotent', () => {
    const once = normaliseSearchText("  Hôpital M'diq — مُسْتَشْفَى ");
    expect(normaliseSearchText(once)).toBe(once);
  });
});

describe('normaliseSearchText with hamza and madda alefs', () => {
  it.each([
    ['أصيلة', 'اصيله'],
    ['إبراهيم', 'ابراهيم'],
    ['آمنة', 'امنه'],
    ['M’diq-Fnideq', 'm diq fnideq'],
  ])('folds %s to %s', (input, expected) => {
    expect(normaliseSearchText(input)).toBe(expected);
  });
});
