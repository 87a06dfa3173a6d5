import { describe, expect, it } from 'vitest';
import {
  closeEstablishmentInputSchema,
  createEstablishmentInputSchema,
  listEstablishmentsQuerySchema,
  updateEstablishmentInputSchema,
} from './establishment';

const validCsr2 = {
  code: 'TTA-P-9001',
  nameFr: 'Centre de santé rural Beni Ahmed',
  type: 'CSR-2',
  level: 'primary',
  provinceCode: '01.151',
  lon: -5.2635,
  lat: 35.1688,
};

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path) ?? [];

describe('createEstablishmentInputSchema', () => {
  it('accepts a minimal CSR-2 and fills in the defaults', () => {
    expect(createEstablishmentInputSchema.parse(validCsr2)).toStrictEqual({
      ...validCsr2,
      nameAr: null,
      communeCode: null,
      address: null,
      phone: null,
      status: 'active',
      openingHours: null,
      services: [],
      equipment: [],
    });
  });

  it('accepts a complete CSR-2, trimming text and turning blank optional text into null', () => {
    const input = {
      ...validCsr2,
      code: '  TTA-P-9001 ',
      nameAr: '   ',
      communeCode: '01.151.05.01',
      address: ' Douar Beni Ahmed ',
      phone: '+212 539 00 00 00',
      status: 'planned',
      openingHours: 'Mo-Fr 08:30-16:30; Sa 08:30-12:00',
      services: [
        { specialtyCode: 'general_medicine', beds: 0 },
        { specialtyCode: 'maternal_health', beds: 6 },
      ],
      equipment: [{ equipmentCode: 'delivery_room', quantity: 1 }],
    };
    expect(createEstablishmentInputSchema.parse(input)).toStrictEqual({
      ...input,
      code: 'TTA-P-9001',
      nameAr: null,
      address: 'Douar Beni Ahmed',
    });
  });

  it.each([
    { type: 'HP', level: 'secondary' },
    { type: 'CHU', level: 'tertiary' },
    { type: 'HS', level: 'tertiary' },
    { type: 'CPC', level: 'primary' },
  ])('accepts a $type at the $level level', ({ type, level }) => {
    expect(createEstablishmentInputSchema.safeParse({ ...validCsr2, type, level }).success).toBe(true);
  });

  it.each<{ name: string; change: Record<string, unknown>; path: PropertyKey[] }>([
    { name: 'an unknown field', change: { website: 'https://example.org' }, path: [] },
    { name: 'a longitude outside Morocco', change: { lon: 5 }, path: ['lon'] },
    { name: 'a latitude outside Morocco', change: { lat: 48 }, path: ['lat'] },
    { name: 'a lower-case code', change: { code: 'tta-p-9001' }, path: ['code'] },
    { name: 'a code longer than 32 characters', change: { code: 'TTA-' + 'A'.repeat(29) }, path: ['code'] },
    { name: 'a one-character code', change: { code: 'T' }, path: ['code'] },
    { name: 'a code starting with a hyphen', change: { code: '-TTA' }, path: ['code'] },
    {
      name: 'a level that does not fit the type (HP at tertiary)',
      change: { type: 'HP', level: 'tertiary' },
      path: ['level'],
    },
    { name: 'a CSR-2 at the secondary level', change: { level: 'secondary' }, path: ['level'] },
    {
      name: 'a specialty listed twice',
      change: {
        services: [
          { specialtyCode: 'general_medicine', beds: 0 },
          { specialtyCode: 'general_medicine', beds: 4 },
        ],
      },
      path: ['services', 1],
    },
    {
      name: 'an equipment listed twice',
      change: {
        equipment: [
          { equipmentCode: 'ultrasound', quantity: 1 },
          { equipmentCode: 'x_ray', quantity: 1 },
          { equipmentCode: 'ultrasound', quantity: 2 },
        ],
      },
      path: ['equipment', 2],
    },
    {
      name: 'negative beds',
      change: { services: [{ specialtyCode: 'maternal_health', beds: -1 }] },
      path: ['services', 0, 'beds'],
    },
    {
      name: 'fractional beds',
      change: { services: [{ specialtyCode: 'maternal_health', beds: 1.5 }] },
      path: ['services', 0, 'beds'],
    },
    {
      name: 'an unknown specialty',
      change: { services: [{ specialtyCode: 'cardio', beds: 0 }] },
      path: ['services', 0, 'specialtyCode'],
    },
    { name: 'a phone number with letters', change: { phone: 'call 0539' }, path: ['phone'] },
    { name: 'a phone number that is too short', change: { phone: '0539' }, path: ['phone'] },
    { name: 'invalid opening hours', change: { openingHours: 'Monday 8-16' }, path: ['openingHours'] },
    { name: 'a closed status (closing has its own action)', change: { status: 'closed' }, path: ['status'] },
    { name: 'a malformed province code', change: { provinceCode: '1.151' }, path: ['provinceCode'] },
    { name: 'a malformed commune code', change: { communeCode: '01.151' }, path: ['communeCode'] },
    { name: 'a one-letter French name', change: { nameFr: ' C ' }, path: ['nameFr'] },
    { name: 'a coordinate sent as text', change: { lat: '35.1688' }, path: ['lat'] },
  ])('rejects $name at path $path', ({ change, path }) => {
    expect(issuePaths(createEstablishmentInputSchema.safeParse({ ...validCsr2, ...change }))).toEqual([path]);
  });

  it('rejects an input without the required fields, naming each', () => {
    expect(issuePaths(createEstablishmentInputSchema.safeParse({}))).toEqual([
      ['code'],
      ['nameFr'],
      ['type'],
      ['level'],
      ['provinceCode'],
      ['lon'],
      ['lat'],
    ]);
  });
});

describe('updateEstablishmentInputSchema', () => {
  it('keeps exactly the fields sent and invents no defaults', () => {
    const result = updateEstablishmentInputSchema.parse({ version: 3, phone: '+212 539 00 00 00' });
    expect(result).toStrictEqual({ version: 3, phone: '+212 539 00 00 00' });
    expect(Object.keys(result)).toEqual(['version', 'phone']);
  });

  it.each([
    {
      name: 'clears the Arabic name when sent blank',
      body: { version: 2, nameAr: ' ' },
      expected: { version: 2, nameAr: null },
    },
    {
      name: 'clears the phone when sent null',
      body: { version: 2, phone: null },
      expected: { version: 2, phone: null },
    },
    {
      name: 'keeps an empty service list sent on purpose',
      body: { version: 2, services: [] },
      expected: { version: 2, services: [] },
    },
    {
      name: 'accepts a level alone (the stored type is checked elsewhere)',
      body: { version: 2, level: 'tertiary' },
      expected: { version: 2, level: 'tertiary' },
    },
  ])('$name', ({ body, expected }) => {
    expect(updateEstablishmentInputSchema.parse(body)).toStrictEqual(expected);
  });

  it.each<{ name: string; body: Record<string, unknown>; path: PropertyKey[] }>([
    { name: 'a body without version', body: { phone: '+212 539 00 00 00' }, path: ['version'] },
    { name: 'version 0', body: { version: 0, phone: '+212 539 00 00 00' }, path: ['version'] },
    { name: 'a version sent as text', body: { version: '3' }, path: ['version'] },
    { name: 'a type and level that do not fit', body: { version: 3, type: 'HP', level: 'tertiary' }, path: ['level'] },
    { name: 'an unknown field', body: { version: 3, gstId: '8f14e45f-ceea-467f-a0e6-1b2c3d4e5f60' }, path: [] },
    { name: 'a longitude outside Morocco', body: { version: 3, lon: 5 }, path: ['lon'] },
  ])('rejects $name at path $path', ({ body, path }) => {
    expect(issuePaths(updateEstablishmentInputSchema.safeParse(body))).toEqual([path]);
  });
});

describe('closeEstablishmentInputSchema', () => {
  it('accepts a closure with a reason and an ISO date, trimming the reason', () => {
    expect(
      closeEstablishmentInputSchema.parse({
        version: 4,
        reason: '  Fusion avec le CSU voisin ',
        closedOn: '2025-06-30',
      }),
    ).toStrictEqual({ version: 4, reason: 'Fusion avec le CSU voisin', closedOn: '2025-06-30' });
  });

  it.each<{ name: string; body: Record<string, unknown>; path: PropertyKey[] }>([
    { name: 'a two-character reason', body: { version: 4, reason: 'ab', closedOn: '2025-06-30' }, path: ['reason'] },
    {
      name: 'a reason under 3 characters once trimmed',
      body: { version: 4, reason: ' ab ', closedOn: '2025-06-30' },
      path: ['reason'],
    },
    {
      name: 'a French-style date',
      body: { version: 4, reason: 'Travaux', closedOn: '30/06/2025' },
      path: ['closedOn'],
    },
    {
      name: 'a date that does not exist',
      body: { version: 4, reason: 'Travaux', closedOn: '2025-02-30' },
      path: ['closedOn'],
    },
    {
      name: 'a date-time instead of a date',
      body: { version: 4, reason: 'Travaux', closedOn: '2025-06-30T10:00:00Z' },
      path: ['closedOn'],
    },
    { name: 'a missing version', body: { reason: 'Travaux', closedOn: '2025-06-30' }, path: ['version'] },
  ])('rejects $name', ({ body, path }) => {
    expect(issuePaths(closeEstablishmentInputSchema.safeParse(body))).toEqual([path]);
  });
});

describe('listEstablishmentsQuerySchema', () => {
  it.each<{ name: string; query: Record<string, unknown>; expected: Record<string, unknown> }>([
    { name: 'defaults to the first page of 25', query: {}, expected: { page: 1, pageSize: 25 } },
    {
      name: 'splits a comma-separated type list',
      query: { type: 'CSR-1,CSR-2' },
      expected: { type: ['CSR-1', 'CSR-2'], page: 1, pageSize: 25 },
    },
    {
      name: 'accepts a repeated type parameter',
      query: { type: ['HP', 'CHP'] },
      expected: { type: ['HP', 'CHP'], page: 1, pageSize: 25 },
    },
    {
      name: 'ignores an empty item in the type list',
      query: { type: 'CSR-1,' },
      expected: { type: ['CSR-1'], page: 1, pageSize: 25 },
    },
    {
      name: 'coerces page and page size from text',
      query: { page: '3', pageSize: '100' },
      expected: { page: 3, pageSize: 100 },
    },
    { name: 'accepts a page size of 500', query: { pageSize: '500' }, expected: { page: 1, pageSize: 500 } },
    { name: 'trims the search text', query: { q: '  Tétouan ' }, expected: { q: 'Tétouan', page: 1, pageSize: 25 } },
  ])('$name', ({ query, expected }) => {
    expect(listEstablishmentsQuerySchema.parse(query)).toStrictEqual(expected);
  });

  it.each<{ name: string; query: Record<string, unknown>; path: PropertyKey[] }>([
    { name: 'a page size above 500', query: { pageSize: '501' }, path: ['pageSize'] },
    { name: 'a page size of 0', query: { pageSize: '0' }, path: ['pageSize'] },
    { name: 'page 0', query: { page: '0' }, path: ['page'] },
    { name: 'a fractional page', query: { page: '1.5' }, path: ['page'] },
    { name: 'an unknown type in the list', query: { type: 'CSR-1,XYZ' }, path: ['type', 1] },
    { name: 'an unknown specialty', query: { specialtyCode: 'cardio' }, path: ['specialtyCode'] },
    { name: 'an unknown parameter', query: { sort: 'name' }, path: [] },
  ])('rejects $name', ({ query, path }) => {
    expect(issuePaths(listEstablishmentsQuerySchema.safeParse(query))).toEqual([path]);
  });
});
