import { describe, expect, it } from 'vitest';
import type { MatchField } from './comparison-column';
import { seededRandom } from './comparison-vectors';
import { columnWeight, findValueFrequency } from './fellegi-sunter';
import { linkRecords } from './link-records';

const fields: MatchField[] = [
  { name: 'given', role: 'given_name' },
  { name: 'family', role: 'family_name' },
  { name: 'dob', role: 'birth_date', format: 'YYYY-MM-DD' },
  { name: 'commune', role: 'locality' },
];
const rareGiven = ['Anas', 'Reda', 'Ilyas', 'Soufiane', 'Tarik', 'Nabil', 'Ghita', 'Salma', 'Imane', 'Houda', 'Loubna'];
const families = ['Zerhouni', 'Tazi', 'Bennani', 'Lahlou', 'Sebti', 'Kettani', 'Filali', 'Jabri', 'Skalli', 'Ouali'];
const communes = ['Tanger', 'Tetouan', 'Larache', 'Assilah', 'Martil'];

/** 400 people, one in three named Mohamed, plus a variant-spelled duplicate of every fourth person. */
function population(): { rows: string[][]; duplicates: [number, number][] } {
  const random = seededRandom(7);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const pad = (value: number): string => String(value).padStart(2, '0');
  const rows: string[][] = [];
  for (let index = 0; index < 400; index += 1) {
    const given = random() < 0.35 ? 'Mohamed' : pick(rareGiven);
    const date = `${1940 + Math.floor(random() * 70)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
    rows.push([
      given,
      `${pick(families)}${index % 37 === 0 ? '' : String.fromCharCode(97 + (index % 26))}i`,
      date,
      pick(communes),
    ]);
  }
  const duplicates: [number, number][] = [];
  for (let index = 0; index < 400; index += 4) {
    const [given = '', family = '', date = '', commune = ''] = rows[index] ?? [];
    rows.push([given === 'Mohamed' ? 'Mohammed' : given, family.replace(/i$/, 'y'), date, commune]);
    duplicates.push([index, rows.length - 1]);
  }
  // Two different men with the commonest name, the same family name and commune, born years apart.
  rows.push(['Mohamed', 'Alaoui', '1961-04-02', 'Tanger'], ['Mohamed', 'Alaoui', '1987-11-23', 'Tanger']);
  return { rows, duplicates };
}

describe('linkRecords', () => {
  const { rows, duplicates } = population();
  const result = linkRecords({ fields, rows, mode: { kind: 'dedupe' } });
  const probabilityOf = (a: number, b: number): number => {
    for (let pair = 0; pair < result.candidates.left.length; pair += 1) {
      if (result.candidates.left[pair] === a && result.candidates.right[pair] === b) {
        return result.candidates.probability[pair] ?? 0;
      }
    }
    return 0;
  };

  it('links the duplicates above the chosen threshold', () => {
    const linked = duplicates.filter(([a, b]) => probabilityOf(a, b) >= result.model.thresholds.link);
    expect(linked.length / duplicates.length).toBeGreaterThanOrEqual(0.95);
  });

  it('does not link two different people who share a common name but not their birth date', () => {
    expect(probabilityOf(rows.length - 2, rows.length - 1)).toBeLessThan(result.model.thresholds.link);
  });

  it('weighs agreement on a common given name less than on a rare one', () => {
    const given = result.model.columns.find((column) => column.name === 'given_name');
    expect(given).toBeDefined();
    if (given !== undefined) {
      const common = columnWeight(given, 1, findValueFrequency(given, 'mohamed'));
      const rare = columnWeight(given, 1, findValueFrequency(given, 'ilyas'));
      expect(common).toBeLessThan(rare - 1);
    }
  });

  it('produces a serialisable, versioned model', () => {
    expect(JSON.parse(JSON.stringify(result.model))).toMatchObject({ version: 1, columns: expect.any(Array) });
    expect(result.model.columns.map((column) => column.name)).toEqual(['given_name', 'family_name', 'dob', 'commune']);
  });
});
