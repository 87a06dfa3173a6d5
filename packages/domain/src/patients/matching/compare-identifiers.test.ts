import { describe, expect, it } from 'vitest';
import {
  compareIdentifiers,
  comparePhones,
  identifierLevels,
  normaliseIdentifier,
  normalisePhone,
  phoneLevels,
} from './compare-identifiers';

describe('compareIdentifiers', () => {
  it.each([
    ['AB123456', 'ab 123456', 'exact'],
    ['AB012345', 'AB12345', 'exact'],
    ['AB123456', 'AB123457', 'one_edit'],
    ['AB123456', 'AB124356', 'one_edit'],
    ['AB123456', 'AB654321', 'disagree'],
    ['', 'AB654321', 'missing'],
  ])('compares %s with %s as %s', (a, b, expected) => {
    expect(identifierLevels[compareIdentifiers(normaliseIdentifier(a), normaliseIdentifier(b))]).toBe(expected);
  });
});

describe('comparePhones', () => {
  it.each([
    ['+212 612-345678', '0612345678', 'exact'],
    ['00212612345678', '0612345678', 'exact'],
    ['0612345678', '0712345678', 'last_8_digits'],
    ['0612345678', '0698765432', 'disagree'],
    ['0612345678', '', 'missing'],
  ])('compares %s with %s as %s', (a, b, expected) => {
    expect(phoneLevels[comparePhones(normalisePhone(a), normalisePhone(b))]).toBe(expected);
  });
});
