import { describe, expect, it } from 'vitest';
import {
  diffEstablishmentStates,
  establishmentStateFields,
  normaliseEstablishmentState,
  totalBeds,
  type EstablishmentState,
} from './establishment-changes';

const state: EstablishmentState = {
  code: 'TTA-P-9001',
  nameFr: 'Centre de santé rural Beni Ahmed',
  nameAr: null,
  type: 'CSR-2',
  level: 'primary',
  provinceCode: '01.151',
  communeCode: null,
  lon: -5.2635,
  lat: 35.1688,
  address: 'Douar Beni Ahmed',
  phone: '+212 539 00 00 00',
  status: 'active',
  openingHours: null,
  services: [
    { specialtyCode: 'maternal_health', beds: 6 },
    { specialtyCode: 'general_medicine', beds: 0 },
  ],
  equipment: [],
  closedOn: null,
  closureReason: null,
};

describe('diffEstablishmentStates', () => {
  it('lists only the non-empty fields of a new establishment, in field order', () => {
    expect(diffEstablishmentStates(null, state)).toEqual([
      { field: 'code', before: null, after: 'TTA-P-9001' },
      { field: 'nameFr', before: null, after: 'Centre de santé rural Beni Ahmed' },
      { field: 'type', before: null, after: 'CSR-2' },
      { field: 'level', before: null, after: 'primary' },
      { field: 'provinceCode', before: null, after: '01.151' },
      { field: 'lon', before: null, after: -5.2635 },
      { field: 'lat', before: null, after: 35.1688 },
      { field: 'address', before: null, after: 'Douar Beni Ahmed' },
      { field: 'phone', before: null, after: '+212 539 00 00 00' },
      { field: 'status', before: null, after: 'active' },
      {
        field: 'services',
        before: null,
        after: [
          { specialtyCode: 'general_medicine', beds: 0 },
          { specialtyCode: 'maternal_health', beds: 6 },
        ],
      },
    ]);
  });

  it.each<{ name: string; before: EstablishmentState; after: EstablishmentState }>([
    { name: 'the same state', before: state, after: state },
    { name: 'an equal copy', before: state, after: structuredClone(state) },
    { name: 'reordered services', before: state, after: { ...state, services: [...state.services].reverse() } },
    {
      name: 'reordered equipment',
      before: {
        ...state,
        equipment: [
          { equipmentCode: 'x_ray', quantity: 1 },
          { equipmentCode: 'ultrasound', quantity: 2 },
        ],
      },
      after: {
        ...state,
        equipment: [
          { equipmentCode: 'ultrasound', quantity: 2 },
          { equipmentCode: 'x_ray', quantity: 1 },
        ],
      },
    },
  ])('records no change for $name', ({ before, after }) => {
    expect(diffEstablishmentStates(before, after)).toEqual([]);
  });

  it.each<{
    name: string;
    change: Partial<EstablishmentState>;
    expected: { field: string; before: unknown; after: unknown }[];
  }>([
    {
      name: 'a new phone number',
      change: { phone: '+212 539 11 22 33' },
      expected: [{ field: 'phone', before: '+212 539 00 00 00', after: '+212 539 11 22 33' }],
    },
    {
      name: 'a cleared address',
      change: { address: null },
      expected: [{ field: 'address', before: 'Douar Beni Ahmed', after: null }],
    },
    {
      name: 'a new Arabic name',
      change: { nameAr: 'المركز الصحي' },
      expected: [{ field: 'nameAr', before: null, after: 'المركز الصحي' }],
    },
    { name: 'a moved point', change: { lon: -5.3 }, expected: [{ field: 'lon', before: -5.2635, after: -5.3 }] },
    {
      name: 'a changed bed count',
      change: {
        services: [
          { specialtyCode: 'general_medicine', beds: 0 },
          { specialtyCode: 'maternal_health', beds: 8 },
        ],
      },
      expected: [
        {
          field: 'services',
          before: [
            { specialtyCode: 'general_medicine', beds: 0 },
            { specialtyCode: 'maternal_health', beds: 6 },
          ],
          after: [
            { specialtyCode: 'general_medicine', beds: 0 },
            { specialtyCode: 'maternal_health', beds: 8 },
          ],
        },
      ],
    },
    {
      name: 'removed services (an update records empty lists, unlike a creation)',
      change: { services: [] },
      expected: [
        {
          field: 'services',
          before: [
            { specialtyCode: 'general_medicine', beds: 0 },
            { specialtyCode: 'maternal_health', beds: 6 },
          ],
          after: [],
        },
      ],
    },
    {
      name: 'a closure',
      change: { status: 'closed', closedOn: '2025-06-30', closureReason: 'Fusion' },
      expected: [
        { field: 'status', before: 'active', after: 'closed' },
        { field: 'closedOn', before: null, after: '2025-06-30' },
        { field: 'closureReason', before: null, after: 'Fusion' },
      ],
    },
  ])('records exactly $name', ({ change, expected }) => {
    expect(diffEstablishmentStates(state, { ...state, ...change })).toEqual(expected);
  });

  it('compares every field of the state', () => {
    expect([...establishmentStateFields].sort()).toEqual(Object.keys(state).sort());
  });
});

describe('normaliseEstablishmentState', () => {
  it('sorts services and equipment by code without changing the input', () => {
    const input: EstablishmentState = {
      ...state,
      equipment: [
        { equipmentCode: 'x_ray', quantity: 1 },
        { equipmentCode: 'delivery_room', quantity: 1 },
      ],
    };
    const normalised = normaliseEstablishmentState(input);
    expect(normalised.services.map((service) => service.specialtyCode)).toEqual([
      'general_medicine',
      'maternal_health',
    ]);
    expect(normalised.equipment.map((item) => item.equipmentCode)).toEqual(['delivery_room', 'x_ray']);
    expect(input.services.map((service) => service.specialtyCode)).toEqual(['maternal_health', 'general_medicine']);
  });
});

describe('totalBeds', () => {
  it.each([
    { name: 'no services', services: [], expected: 0 },
    { name: 'services without beds', services: [{ specialtyCode: 'general_medicine', beds: 0 }], expected: 0 },
    {
      name: 'several services',
      services: [
        { specialtyCode: 'general_medicine', beds: 0 },
        { specialtyCode: 'maternal_health', beds: 6 },
        { specialtyCode: 'general_surgery', beds: 24 },
      ],
      expected: 30,
    },
  ])('sums the beds of $name to $expected', ({ services, expected }) => {
    expect(totalBeds(services)).toBe(expected);
  });
});
