import { describe, expect, it } from 'vitest';
import { readStaffCsv, toStaffCsv } from './read-staff-csv';
import { staffCsvColumns, staffFromCsvRecord, staffToCsvRow, type StaffCsvColumn } from './staff-csv';
import type { StaffMember } from './staff-member';

const example: Record<StaffCsvColumn, string> = {
  staff_id: '',
  family_name_latin: 'Benali',
  given_name_latin: 'Youssef',
  family_name_arabic: 'بنعلي',
  given_name_arabic: 'يوسف',
  cin: 'L123456',
  sex: 'male',
  birth_date: '1982-11-05',
  phone: '+212 661 00 00 00',
  email: '',
  cadre: 'specialist',
  specialty_code: 'anaesthesia_icu',
  technician_field: '',
  grade: 'doctor_principal',
  step: '4',
  employment_status: 'civil_servant_transferred',
  employed_from: '2012-02-01',
  employed_to: '',
  primary_establishment_code: 'TTA-H-001',
  primary_specialty_code: 'anaesthesia_icu',
  primary_time_share: '',
  primary_from: '',
};

const line = (record: Record<StaffCsvColumn, string>): string =>
  staffCsvColumns.map((column) => record[column]).join(',');
const file = (...records: Record<StaffCsvColumn, string>[]): string =>
  [staffCsvColumns.join(','), ...records.map(line)].join('\n');

describe('staffFromCsvRecord', () => {
  it('turns the example into a create input and a full-time primary assignment from the employment start', () => {
    const result = staffFromCsvRecord(example, 2);
    expect(result).toMatchObject({
      ok: true,
      staffId: null,
      input: { cin: 'L123456', phone: '+212661000000', email: null, step: 4, specialtyCode: 'anaesthesia_icu' },
      primaryAssignment: {
        establishmentCode: 'TTA-H-001',
        primarySpecialtyCode: 'anaesthesia_icu',
        timeShare: 100,
        validFrom: '2012-02-01',
      },
    });
  });

  it.each<{ name: string; change: Partial<Record<StaffCsvColumn, string>>; paths: (string | number)[][] }>([
    { name: 'reports a bad CIN in its column', change: { cin: 'L1234567' }, paths: [['rows', 7, 'cin']] },
    {
      name: 'reports a missing name on the Latin family name column',
      change: { family_name_latin: '', given_name_arabic: '' },
      paths: [['rows', 7, 'family_name_latin']],
    },
    {
      name: 'reports a specialist without specialty',
      change: { specialty_code: '' },
      paths: [['rows', 7, 'specialty_code']],
    },
    { name: 'reports a step that is not a number', change: { step: 'four' }, paths: [['rows', 7, 'step']] },
    { name: 'reports a bad staff id', change: { staff_id: 'TTA-S-0001235' }, paths: [['rows', 7, 'staff_id']] },
    {
      name: 'reports a time share over 100',
      change: { primary_time_share: '120' },
      paths: [['rows', 7, 'primary_time_share']],
    },
    {
      name: 'reports a bad establishment code',
      change: { primary_establishment_code: 'tta h 1' },
      paths: [['rows', 7, 'primary_establishment_code']],
    },
    {
      name: 'reports every bad column of the row',
      change: { sex: 'x', birth_date: '05/11/1982' },
      paths: [
        ['rows', 7, 'sex'],
        ['rows', 7, 'birth_date'],
      ],
    },
    { name: 'accepts a row without primary assignment', change: { primary_establishment_code: '' }, paths: [] },
  ])('$name', ({ change, paths }) => {
    const result = staffFromCsvRecord({ ...example, ...change }, 7);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(paths);
  });

  it('undoes the formula guard of the export on a phone', () => {
    expect(staffFromCsvRecord({ ...example, phone: "'+212 661 00 00 00" }, 2)).toMatchObject({
      input: { phone: '+212661000000' },
    });
  });
});

describe('readStaffCsv', () => {
  const nurse = {
    ...example,
    cin: 'K654321',
    cadre: 'polyvalent_nurse',
    specialty_code: '',
    grade: 'nurse_grade_2',
    primary_specialty_code: '',
  };

  it('reads every valid row with its line number, skipping blank lines', () => {
    const result = readStaffCsv(`${file(example, nurse)}\n\n`);
    expect(result.ok && result.rows.map((row) => [row.rowNumber, row.input.cin])).toEqual([
      [2, 'L123456'],
      [3, 'K654321'],
    ]);
  });

  it.each<{ name: string; text: string; paths: (string | number)[][] }>([
    {
      name: 'refuses the whole file when one row is bad',
      text: file(example, { ...nurse, cin: '12' }),
      paths: [['rows', 3, 'cin']],
    },
    {
      name: 'reports errors of several rows',
      text: file({ ...example, sex: '' }, { ...nurse, cadre: 'doctor' }),
      paths: [
        ['rows', 2, 'sex'],
        ['rows', 3, 'cadre'],
      ],
    },
    {
      name: 'reports a CIN given twice on the later row',
      text: file(example, { ...nurse, cin: 'l123456' }),
      paths: [['rows', 3, 'cin']],
    },
    {
      name: 'reports a staff id given twice',
      text: file({ ...example, staff_id: 'TTA-S-0001234' }, { ...nurse, staff_id: 'TTA-S-0001234' }),
      paths: [['rows', 3, 'staff_id']],
    },
    {
      name: 'reports a missing and an unknown column',
      text: `${staffCsvColumns.filter((column) => column !== 'cin').join(',')},salary\n`,
      paths: [
        ['header', 21],
        ['header', 'cin'],
      ],
    },
    { name: 'reports a file without rows', text: `${staffCsvColumns.join(',')}\n`, paths: [['file']] },
    { name: 'reports a quote never closed', text: `${staffCsvColumns.join(',')}\n"Benali`, paths: [['file']] },
  ])('$name', ({ text, paths }) => {
    const result = readStaffCsv(text);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(paths);
  });
});

describe('staffToCsvRow', () => {
  it('exports a staff member that re-imports unchanged', () => {
    const imported = staffFromCsvRecord(example, 2);
    if (!imported.ok) {
      throw new Error('the example must be valid');
    }
    const member: StaffMember = {
      ...imported.input,
      id: '00000000-0000-4000-8000-000000000010',
      gstId: '00000000-0000-4000-8000-000000000020',
      staffId: 'TTA-S-0001234',
      version: 1,
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
    };
    const result = readStaffCsv(toStaffCsv([staffToCsvRow(member, imported.primaryAssignment)]));
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          rowNumber: 2,
          staffId: 'TTA-S-0001234',
          input: imported.input,
          primaryAssignment: imported.primaryAssignment,
        },
      ],
    });
  });
});
