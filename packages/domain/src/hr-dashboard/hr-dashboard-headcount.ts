import type { Cadre } from '../staff/cadres';
import { headcountBy, type HeadcountMember, type HeadcountRow } from '../staff/staff-headcount';

/** Headcount of all the members given, under the key `total`. */
export function headcountTotals(members: readonly HeadcountMember[]): HeadcountRow {
  const [row] = headcountBy(
    members.map((member) => ({ ...member, provinceCode: 'total' })),
    'provinceCode',
  );
  return row ?? { key: 'total', headcount: 0, doctors: 0, nursesAndMidwives: 0, paramedical: 0 };
}

/** People per cadre and province (the cadre × province table), by cadre then province. */
export function headcountByCadreAndProvince(
  members: readonly HeadcountMember[],
): { cadre: Cadre; provinceCode: string; headcount: number }[] {
  const counts = new Map<string, { cadre: Cadre; provinceCode: string; headcount: number }>();
  for (const member of members) {
    const key = `${member.cadre}|${member.provinceCode}`;
    const cell = counts.get(key) ?? { cadre: member.cadre, provinceCode: member.provinceCode, headcount: 0 };
    cell.headcount += 1;
    counts.set(key, cell);
  }
  return [...counts.values()].sort(
    (a, b) => a.cadre.localeCompare(b.cadre) || a.provinceCode.localeCompare(b.provinceCode),
  );
}
