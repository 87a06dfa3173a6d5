import { describe, expect, it } from 'vitest';
import { todayInMorocco } from '../lib/morocco-calendar';
import { publishPathwayMapInputSchema, updatePathwayOriginInputSchema } from './pathway-map';

const a = '00000000-0000-4000-8000-000000000001';
const b = '00000000-0000-4000-8000-000000000002';
const validRow = {
  revision: 3,
  destinationIds: [a, b],
  maxDelayRoutineDays: 30,
  maxDelayUrgentDays: 3,
  maxDelayEmergencyHours: 6,
  teleexpertiseFirst: true,
  returnEstablishmentId: a,
};

const pathsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

describe('updatePathwayOriginInputSchema', () => {
  it('accepts a ranked row', () => {
    expect(updatePathwayOriginInputSchema.parse(validRow)).toEqual(validRow);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['no destination', { destinationIds: [] }, 'destinationIds'],
    [
      'six destinations',
      { destinationIds: [a, b, a, b, a, b].map((id, i) => id.slice(0, -1) + String(i)) },
      'destinationIds',
    ],
    ['a destination twice', { destinationIds: [a, a] }, 'destinationIds'],
    ['an urgent delay longer than the routine one', { maxDelayUrgentDays: 40 }, 'maxDelayUrgentDays'],
    [
      'an emergency delay longer than the urgent one',
      { maxDelayUrgentDays: 1, maxDelayEmergencyHours: 30 },
      'maxDelayEmergencyHours',
    ],
    ['a zero delay', { maxDelayRoutineDays: 0 }, 'maxDelayRoutineDays'],
    ['no revision', { revision: undefined }, 'revision'],
  ])('rejects %s', (_name, overrides, path) => {
    expect(pathsOf(updatePathwayOriginInputSchema.safeParse({ ...validRow, ...overrides }))).toContain(path);
  });
});

describe('publishPathwayMapInputSchema', () => {
  it('accepts today and later dates', () => {
    expect(publishPathwayMapInputSchema.safeParse({ revision: 1, effectiveFrom: todayInMorocco() }).success).toBe(true);
    expect(publishPathwayMapInputSchema.safeParse({ revision: 1, effectiveFrom: '2999-01-01' }).success).toBe(true);
  });

  it.each(['2020-01-01', '2026-13-01', 'tomorrow'])('rejects %s', (effectiveFrom) => {
    expect(pathsOf(publishPathwayMapInputSchema.safeParse({ revision: 1, effectiveFrom }))).toEqual(['effectiveFrom']);
  });
});
