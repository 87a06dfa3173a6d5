import { describe, expect, it } from 'vitest';
import {
  chp,
  chr,
  chu,
  clinic,
  closedChp,
  csrNear,
  csuFar,
  hp,
  originRow,
  pathwayEstablishments,
} from './pathway-fixtures';
import type { PathwayOriginRow } from './pathway-map';
import { validatePathwayMap } from './validate-pathway-map';

/** Rows that cover both active primary care centres; each case changes one thing. */
const coveringRows = (): PathwayOriginRow[] => [originRow(csrNear, [hp, chp]), originRow(csuFar, [chr])];
const unknownId = '00000000-0000-4000-8000-999999999999';

describe('validatePathwayMap', () => {
  it('accepts a map that covers every active primary care centre with valid destinations', () => {
    expect(
      validatePathwayMap({ specialtyCode: 'paediatrics', origins: coveringRows() }, pathwayEstablishments),
    ).toEqual([]);
  });

  it.each<[string, string, PathwayOriginRow[], { code: string; path: (string | number)[]; destination?: string }[]]>([
    [
      'a destination that does not offer the specialty',
      'cardiology',
      [originRow(csrNear, [hp, chp]), originRow(csuFar, [chr])],
      [{ code: 'destination_lacks_specialty', path: ['origins', csrNear.id, 'destinations', 0], destination: hp.id }],
    ],
    [
      'a destination of the same rank',
      'paediatrics',
      [...coveringRows(), originRow(chp, [clinic])],
      [{ code: 'destination_not_higher', path: ['origins', chp.id, 'destinations', 0], destination: clinic.id }],
    ],
    [
      'a destination of a lower rank',
      'paediatrics',
      [...coveringRows(), originRow(chu, [chr])],
      [{ code: 'destination_not_higher', path: ['origins', chu.id, 'destinations', 0], destination: chr.id }],
    ],
    [
      'a closed destination',
      'paediatrics',
      [originRow(csrNear, [closedChp]), originRow(csuFar, [chr])],
      [{ code: 'destination_not_active', path: ['origins', csrNear.id, 'destinations', 0], destination: closedChp.id }],
    ],
    [
      'a destination listed twice',
      'paediatrics',
      [originRow(csrNear, [hp, hp]), originRow(csuFar, [chr])],
      [{ code: 'duplicate_destination', path: ['origins', csrNear.id, 'destinations', 1], destination: hp.id }],
    ],
    [
      'an establishment that is not in the GST',
      'paediatrics',
      [originRow(csrNear, [hp], { destinationIds: [hp.id, unknownId] }), originRow(csuFar, [chr])],
      [{ code: 'unknown_establishment', path: ['origins', csrNear.id, 'destinations', 1], destination: unknownId }],
    ],
    [
      'an active primary care centre without a row',
      'paediatrics',
      [originRow(csrNear, [hp])],
      [{ code: 'primary_care_not_covered', path: ['origins', csuFar.id] }],
    ],
    [
      'an active primary care centre whose row has no destination',
      'paediatrics',
      [originRow(csrNear, [hp]), originRow(csuFar, [])],
      [{ code: 'primary_care_not_covered', path: ['origins', csuFar.id] }],
    ],
  ])('reports %s', (_name, specialtyCode, origins, expected) => {
    const issues = validatePathwayMap({ specialtyCode, origins }, pathwayEstablishments);
    expect(
      issues.map((found) => ({
        code: found.code,
        path: found.path,
        ...(found.destinationEstablishmentId ? { destination: found.destinationEstablishmentId } : {}),
      })),
    ).toEqual(expected);
  });

  it('reports a cycle, whatever the ranks of its edges', () => {
    const origins = [...coveringRows(), originRow(chr, [chu]), originRow(chu, [chp]), originRow(chp, [chr])];
    const cycles = validatePathwayMap({ specialtyCode: 'paediatrics', origins }, pathwayEstablishments).filter(
      (found) => found.code === 'cycle',
    );
    expect(cycles).toHaveLength(1);
    expect([chr.id, chu.id, chp.id]).toContain(cycles[0]?.originEstablishmentId);
  });

  it('gives every issue a message safe to show and the origin it is about', () => {
    const [found] = validatePathwayMap({ specialtyCode: 'paediatrics', origins: [] }, pathwayEstablishments);
    expect(found).toMatchObject({
      message: 'This primary care centre has no destination',
      originEstablishmentId: csrNear.id,
      destinationEstablishmentId: null,
    });
  });
});
