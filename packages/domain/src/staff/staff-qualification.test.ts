import { describe, expect, it } from 'vitest';
import { isQualificationValidOn, qualificationSchema } from './staff-qualification';

const licence = qualificationSchema.parse({
  kind: 'licence',
  title: 'Inscription au tableau',
  issuer: 'Ordre national des médecins',
  year: 2015,
  licenceNumber: 'ONM-12345',
  validUntil: '2026-06-30',
});

describe('isQualificationValidOn', () => {
  it.each([
    { day: '2026-06-30', valid: true },
    { day: '2026-07-01', valid: false },
  ])('says a licence valid until 2026-06-30 is valid on $day: $valid', ({ day, valid }) => {
    expect(isQualificationValidOn(licence, day)).toBe(valid);
  });

  it('treats a diploma without expiry as valid for ever', () => {
    const diploma = qualificationSchema.parse({
      kind: 'diploma',
      title: 'Doctorat en médecine',
      issuer: 'FMP Tanger',
      year: 2012,
    });
    expect(diploma).toMatchObject({ licenceNumber: null, validUntil: null });
    expect(isQualificationValidOn(diploma, '2099-01-01')).toBe(true);
  });
});
