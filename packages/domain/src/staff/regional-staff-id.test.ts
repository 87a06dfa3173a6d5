import { describe, expect, it } from 'vitest';
import { parseRegionalStaffId, regionalStaffIdSchema, toRegionalStaffId } from './regional-staff-id';

describe('toRegionalStaffId', () => {
  it.each([
    { gstCode: 'TTA', serial: 123, expected: 'TTA-S-0001234' },
    { gstCode: 'TTA', serial: 0, expected: 'TTA-S-0000000' },
    { gstCode: 'CS', serial: 999_999, expected: 'CS-S-9999990' },
  ])('builds $expected from $gstCode and $serial', ({ gstCode, serial, expected }) => {
    expect(toRegionalStaffId(gstCode, serial)).toBe(expected);
    expect(parseRegionalStaffId(expected)).toBe(expected);
  });

  it.each([
    { gstCode: 'TTA', serial: 1_000_000 },
    { gstCode: 'tta', serial: 1 },
    { gstCode: 'T', serial: 1 },
  ])('refuses the GST code $gstCode with serial $serial', ({ gstCode, serial }) => {
    expect(() => toRegionalStaffId(gstCode, serial)).toThrow(RangeError);
  });
});

describe('parseRegionalStaffId', () => {
  it.each([
    { name: 'accepts a valid id', value: 'TTA-S-0001234', expected: 'TTA-S-0001234' },
    { name: 'upper-cases and strips spaces', value: ' tta-s-000 1234 ', expected: 'TTA-S-0001234' },
    { name: 'rejects a wrong check digit', value: 'TTA-S-0001235', expected: undefined },
    { name: 'rejects two swapped digits', value: 'TTA-S-0002134', expected: undefined },
    { name: 'rejects a missing check digit', value: 'TTA-S-000123', expected: undefined },
    { name: 'rejects another letter than S', value: 'TTA-P-0001234', expected: undefined },
    { name: 'rejects an empty text', value: '', expected: undefined },
  ])('$name', ({ value, expected }) => {
    expect(parseRegionalStaffId(value)).toBe(expected);
  });

  it('reports a bad id through the schema', () => {
    expect(regionalStaffIdSchema.safeParse('TTA-S-0001235').success).toBe(false);
    expect(regionalStaffIdSchema.parse('tta-s-0001234')).toBe('TTA-S-0001234');
  });
});
