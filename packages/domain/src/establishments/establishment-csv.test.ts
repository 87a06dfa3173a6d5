import { describe, expect, it } from 'vitest';
import type { Establishment } from './establishment';
import {
  checkEstablishmentCsvHeader,
  establishmentCsvColumns,
  establishmentCsvExample,
  establishmentFromCsvRecord,
  establishmentToCsvRow,
  type EstablishmentCsvColumn,
} from './establishment-csv';

const columns: string[] = [...establishmentCsvColumns];

describe('checkEstablishmentCsvHeader', () => {
  it.each<{ name: string; header: string[]; paths: (string | number)[][] }>([
    { name: 'accepts the template header', header: columns, paths: [] },
    { name: 'accepts the template columns in another order', header: [...columns].reverse(), paths: [] },
    {
      name: 'reports a missing column by name',
      header: columns.filter((column) => column !== 'lat'),
      paths: [['header', 'lat']],
    },
    { name: 'reports an unknown column by position', header: [...columns, 'website'], paths: [['header', 15]] },
    {
      name: 'reports a renamed column as unknown and the template one as missing',
      header: columns.map((column) => (column === 'lon' ? 'longitude' : column)),
      paths: [
        ['header', 7],
        ['header', 'lon'],
      ],
    },
    {
      name: 'reports every column of an empty header as missing',
      header: [],
      paths: columns.map((column) => ['header', column]),
    },
  ])('$name', ({ header, paths }) => {
    expect(checkEstablishmentCsvHeader(header).map((issue) => issue.path)).toEqual(paths);
  });
});

const exampleRecord = (): Record<string, string> => ({ ...establishmentCsvExample });

describe('establishmentFromCsvRecord', () => {
  it('turns the template example into a create input', () => {
    expect(establishmentFromCsvRecord(exampleRecord(), 2)).toStrictEqual({
      ok: true,
      closed: false,
      input: {
        code: 'TTA-P-9001',
        nameFr: 'Centre de santé rural Exemple',
        nameAr: 'المركز الصحي القروي مثال',
        type: 'CSR-2',
        level: 'primary',
        provinceCode: '01.151',
        communeCode: '01.151.05.01',
        lon: -5.2212,
        lat: 35.1087,
        address: 'Douar Exemple',
        phone: '+212 539 00 00 00',
        status: 'active',
        openingHours: 'Mo-Fr 08:30-16:30',
        services: [
          { specialtyCode: 'general_medicine', beds: 0 },
          { specialtyCode: 'maternal_health', beds: 6 },
        ],
        equipment: [
          { equipmentCode: 'delivery_room', quantity: 1 },
          { equipmentCode: 'ultrasound', quantity: 1 },
        ],
      },
    });
  });

  it.each<{ name: string; change: Partial<Record<EstablishmentCsvColumn, string>>; expected: Record<string, unknown> }>(
    [
      { name: 'accepts a decimal comma in the latitude', change: { lat: '35,1688' }, expected: { lat: 35.1688 } },
      {
        name: 'accepts a decimal comma and spaces in the longitude',
        change: { lon: ' -5,2635 ' },
        expected: { lon: -5.2635 },
      },
      { name: 'gives a blank level the default of a CSR-2', change: { level: '' }, expected: { level: 'primary' } },
      {
        name: 'gives a blank level the default of an HP',
        change: { type: 'HP', level: ' ' },
        expected: { type: 'HP', level: 'secondary' },
      },
      {
        name: 'gives a blank level the default of a CHU',
        change: { type: 'CHU', level: '' },
        expected: { type: 'CHU', level: 'tertiary' },
      },
      {
        name: 'keeps an explicit level',
        change: { type: 'HS', level: 'tertiary' },
        expected: { type: 'HS', level: 'tertiary' },
      },
      { name: 'makes a blank status active', change: { status: '' }, expected: { status: 'active' } },
      { name: 'keeps a planned status', change: { status: 'planned' }, expected: { status: 'planned' } },
      {
        name: 'makes blank optional cells null',
        change: { name_ar: '', commune_code: ' ', address: '', phone: '', opening_hours: '' },
        expected: { nameAr: null, communeCode: null, address: null, phone: null, openingHours: null },
      },
      {
        name: 'makes blank service and equipment cells empty lists',
        change: { services: '', equipment: ' ' },
        expected: { services: [], equipment: [] },
      },
      {
        name: 'trims spaces around service pairs',
        change: { services: ' general_medicine : 0 | maternal_health:6 ' },
        expected: {
          services: [
            { specialtyCode: 'general_medicine', beds: 0 },
            { specialtyCode: 'maternal_health', beds: 6 },
          ],
        },
      },
      {
        name: 'trims the code and the names',
        change: { code: ' TTA-P-9001 ', name_fr: ' CSR Exemple ' },
        expected: { code: 'TTA-P-9001', nameFr: 'CSR Exemple' },
      },
    ],
  )('$name', ({ change, expected }) => {
    const result = establishmentFromCsvRecord({ ...exampleRecord(), ...change }, 2);
    expect(result.ok).toBe(true);
    expect(result.ok && result.input).toMatchObject(expected);
  });

  it.each<{
    name: string;
    change: Partial<Record<EstablishmentCsvColumn, string>>;
    line: number;
    paths: (string | number)[][];
  }>([
    { name: 'a latitude that is not a number', change: { lat: 'abc' }, line: 2, paths: [['rows', 2, 'lat']] },
    { name: 'a longitude outside Morocco', change: { lon: '5.2635' }, line: 3, paths: [['rows', 3, 'lon']] },
    { name: 'a blank latitude', change: { lat: '' }, line: 4, paths: [['rows', 4, 'lat']] },
    {
      name: 'an unknown specialty',
      change: { services: 'cardio:3' },
      line: 41,
      paths: [['rows', 41, 'services', 0, 'specialtyCode']],
    },
    {
      name: 'an unknown specialty after a good one',
      change: { services: 'general_medicine:0|cardio:3' },
      line: 5,
      paths: [['rows', 5, 'services', 1, 'specialtyCode']],
    },
    {
      name: 'a bed count that is not a number',
      change: { services: 'maternal_health:six' },
      line: 6,
      paths: [['rows', 6, 'services', 0, 'beds']],
    },
    {
      name: 'a service without a bed count',
      change: { services: 'general_medicine:0|maternal_health' },
      line: 7,
      paths: [['rows', 7, 'services']],
    },
    {
      name: 'an equipment listed twice',
      change: { equipment: 'mri:1|mri:2' },
      line: 8,
      paths: [['rows', 8, 'equipment', 1]],
    },
    { name: 'a blank French name', change: { name_fr: '' }, line: 9, paths: [['rows', 9, 'name_fr']] },
    {
      name: 'a malformed province code',
      change: { province_code: 'TTA' },
      line: 10,
      paths: [['rows', 10, 'province_code']],
    },
    {
      name: 'a malformed commune code',
      change: { commune_code: '01.151' },
      line: 11,
      paths: [['rows', 11, 'commune_code']],
    },
    {
      name: 'a level that does not fit the type',
      change: { type: 'HP', level: 'tertiary' },
      line: 12,
      paths: [['rows', 12, 'level']],
    },
    { name: 'an unknown status', change: { status: 'demolished' }, line: 13, paths: [['rows', 13, 'status']] },
    {
      name: 'invalid opening hours',
      change: { opening_hours: 'Mo-Fr 16:30-08:30' },
      line: 14,
      paths: [['rows', 14, 'opening_hours']],
    },
    { name: 'a lower-case code', change: { code: 'tta-p-9001' }, line: 15, paths: [['rows', 15, 'code']] },
  ])('reports $name at its line and column', ({ change, line, paths }) => {
    const result = establishmentFromCsvRecord({ ...exampleRecord(), ...change }, line);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(paths);
  });

  it('reads a closed status as a flag, so exported closed establishments can be re-imported unchanged', () => {
    const result = establishmentFromCsvRecord({ ...exampleRecord(), status: 'closed' }, 2);
    expect(result).toMatchObject({ ok: true, closed: true, input: { status: 'active' } });
  });

  it('reads back cells escaped against spreadsheet formulas', () => {
    const result = establishmentFromCsvRecord({ ...exampleRecord(), phone: "'+212 539 00 00 00" }, 2);
    expect(result).toMatchObject({ ok: true, input: { phone: '+212 539 00 00 00' } });
  });

  it('reports every problem of a record, not only the first', () => {
    const result = establishmentFromCsvRecord({ ...exampleRecord(), lat: 'abc', phone: 'n/a', code: 'x' }, 2);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        ['rows', 2, 'code'],
        ['rows', 2, 'lat'],
        ['rows', 2, 'phone'],
      ]),
    );
  });

  it('reports missing cells as problems instead of failing', () => {
    const result = establishmentFromCsvRecord({}, 2);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path[2])).toEqual(
      expect.arrayContaining(['code', 'name_fr', 'type', 'level', 'province_code', 'lon', 'lat']),
    );
  });
});

const fullEstablishment: Establishment = {
  id: '0b9a4c1e-6a43-4d6f-9d55-8c1f3f0e2a10',
  gstId: '5d2f7b3a-1c4e-4f8a-b6d9-2e0a9c8b7f61',
  code: 'TTA-H-001',
  nameFr: 'Hôpital de proximité "Al Amal", Asilah',
  nameAr: 'مستشفى القرب الأمل، أصيلة',
  type: 'HP',
  level: 'secondary',
  province: { code: '01.511', nameFr: 'Tanger-Assilah', nameAr: 'طنجة أصيلة' },
  commune: { code: '01.511.01.1', nameFr: 'Asilah', nameAr: 'أصيلة' },
  lon: -6.0349,
  lat: 35.4651,
  address: 'Avenue Hassan II',
  phone: '+212 539 41 00 00',
  status: 'active',
  openingHours: '24/7',
  services: [
    { specialtyCode: 'emergency', beds: 8 },
    { specialtyCode: 'general_surgery', beds: 20 },
  ],
  equipment: [{ equipmentCode: 'x_ray', quantity: 2 }],
  totalBeds: 28,
  isGenerated: false,
  isDemo: false,
  osmId: null,
  closedOn: null,
  closureReason: null,
  version: 7,
  createdAt: '2025-01-10T09:00:00.000Z',
  updatedAt: '2025-03-02T15:30:00.000Z',
};

const sparseEstablishment: Establishment = {
  ...fullEstablishment,
  code: 'TTA-P-0042',
  nameFr: 'Dispensaire rural Dar Chaoui',
  nameAr: null,
  type: 'DR',
  level: 'primary',
  commune: null,
  address: null,
  phone: null,
  status: 'planned',
  openingHours: null,
  services: [],
  equipment: [],
  totalBeds: 0,
};

describe('establishmentToCsvRow', () => {
  it('writes one cell per template column, in template order', () => {
    const row = establishmentToCsvRow(fullEstablishment);
    expect(row).toHaveLength(establishmentCsvColumns.length);
    expect(row[establishmentCsvColumns.indexOf('province_code')]).toBe('01.511');
    expect(row[establishmentCsvColumns.indexOf('services')]).toBe('emergency:8|general_surgery:20');
    expect(row[establishmentCsvColumns.indexOf('equipment')]).toBe('x_ray:2');
  });

  it.each([
    { name: 'a complete establishment', establishment: fullEstablishment },
    { name: 'an establishment with every optional field empty', establishment: sparseEstablishment },
  ])('round-trips $name through the importer', ({ establishment }) => {
    const row = establishmentToCsvRow(establishment);
    const record = Object.fromEntries(establishmentCsvColumns.map((column, index) => [column, row[index] ?? '']));
    expect(establishmentFromCsvRecord(record, 2)).toStrictEqual({
      ok: true,
      closed: false,
      input: {
        code: establishment.code,
        nameFr: establishment.nameFr,
        nameAr: establishment.nameAr,
        type: establishment.type,
        level: establishment.level,
        provinceCode: establishment.province.code,
        communeCode: establishment.commune?.code ?? null,
        lon: establishment.lon,
        lat: establishment.lat,
        address: establishment.address,
        phone: establishment.phone,
        status: establishment.status,
        openingHours: establishment.openingHours,
        services: establishment.services,
        equipment: establishment.equipment,
      },
    });
  });
});
