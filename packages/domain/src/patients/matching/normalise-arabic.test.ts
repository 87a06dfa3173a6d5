import { describe, expect, it } from 'vitest';
import { arabicToLatinTokens, isArabic, normaliseArabic } from './normalise-arabic';

describe('normaliseArabic', () => {
  it.each([
    ['أحمد', 'احمد'],
    ['إدريس', 'ادريس'],
    ['آمنة', 'امنه'],
    ['مُحَمَّد', 'محمد'],
    ['محـــمد', 'محمد'],
    ['مصطفى', 'مصطفي'],
    ['فاطمة', 'فاطمه'],
  ])('normalises %s to %s', (value, expected) => {
    expect(normaliseArabic(value)).toBe(expected);
  });

  it('detects Arabic script', () => {
    expect([isArabic('محمد'), isArabic('Mohamed')]).toEqual([true, false]);
  });

  it('transliterates letters into the Latin spelling space, with the article as a particle', () => {
    expect(arabicToLatinTokens('محمد')).toEqual(['mhmd']);
    expect(arabicToLatinTokens('الرشيدي')).toEqual(['el', 'rchidi']);
    expect(arabicToLatinTokens('فاطمة الزهراء')).toEqual(['fatm', 'el', 'zhra']);
  });
});
