import { describe, expect, it } from 'vitest';
import { normaliseLatin } from './normalise-latin';

describe('normaliseLatin', () => {
  it.each([
    ['Er-Rachidi', 'Errachidi'],
    ['Er-Rachidi', 'El Rachidi'],
    ['El Idrissi', 'Al Idrissi'],
    ['El Idrissi', 'Elidrissi'],
    ['Mohammed', 'Mohamed'],
    ['Saïd', 'Saeed'],
    ['Asmae', 'Asmaa'],
    ['Fatima-Zahra', 'Fatimazahra'],
    ['Abdelkader', 'Abdelqader'],
    ['Hisham', 'Hicham'],
    ['Khadidja', 'KHADIJA'],
    ['Ouafae', 'Wafae'],
    ['Benali', 'Ben Ali'],
  ])('gives %s and %s the same normal form', (a, b) => {
    expect(normaliseLatin(a).normal).toBe(normaliseLatin(b).normal);
  });

  it.each([
    ['El Amrani', 'Amrani'],
    ['Ait Benali', 'Benali'],
    ["L'Houssaine", 'Houssaine'],
  ])('drops particles from the compact form: %s → %s', (name, compact) => {
    expect(normaliseLatin(name).compact).toBe(normaliseLatin(compact).compact);
  });

  it('keeps particles as separate tokens', () => {
    expect(normaliseLatin('Ould El Hadj').tokens).toEqual(['uld', 'el', 'haj']);
  });

  it('keeps M’hamed apart from Mohamed', () => {
    expect(normaliseLatin("M'hamed").normal).not.toBe(normaliseLatin('Mohamed').normal);
    expect(normaliseLatin("M'hamed").normal).toBe(normaliseLatin('Mhamed').normal);
  });

  it('reads an empty or punctuation-only value as empty', () => {
    expect(normaliseLatin(' - ').compact).toBe('');
  });
});
