import { describe, expect, it } from 'vitest';
import { ruralGeneralPractitionerStandard, ruralNurseStandard } from './wisn-fixtures';
import type { WisnStandard } from './wisn-standard';
import { wisnStandardKey, wisnStandardsInForce } from './wisn-standards-in-force';

const version = (version: number, effectiveFrom: string): WisnStandard => ({
  ...ruralNurseStandard,
  version,
  effectiveFrom,
});
const nurseKey = wisnStandardKey('CSR-2', 'polyvalent_nurse');

describe('wisnStandardsInForce', () => {
  const versions = [
    version(1, '2025-01-01'),
    version(3, '2027-01-01'),
    version(2, '2026-01-01'),
    version(4, '2026-01-01'),
  ];

  it.each([
    ['before any version', '2024-12-31', undefined],
    ['on the first effective day', '2025-01-01', 1],
    ['between versions', '2025-12-31', 1],
    ['on a day two versions start, the higher one', '2026-01-01', 4],
    ['after the last version', '2030-06-30', 3],
  ])('picks the version in force %s', (_case, onDate, expected) => {
    expect(wisnStandardsInForce(versions, onDate).get(nurseKey)?.version).toBe(expected);
  });

  it('keeps each (establishment type, cadre) pair apart', () => {
    const inForce = wisnStandardsInForce([ruralNurseStandard, ruralGeneralPractitionerStandard], '2026-06-30');
    expect([...inForce.keys()]).toEqual(['CSR-2|polyvalent_nurse', 'CSR-2|general_practitioner']);
    expect(inForce.get(wisnStandardKey('CSR-1', 'polyvalent_nurse'))).toBeUndefined();
  });
});
