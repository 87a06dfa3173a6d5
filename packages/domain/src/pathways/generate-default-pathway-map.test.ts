import { describe, expect, it } from 'vitest';
import { generateDefaultPathwayMap } from './generate-default-pathway-map';
import {
  chp,
  chr,
  chu,
  clinic,
  closedChp,
  csrNear,
  csuFar,
  hp,
  pathwayEstablishments,
  plannedCsr,
} from './pathway-fixtures';
import type { PathwayEstablishment } from './pathway-map';
import { validatePathwayMap } from './validate-pathway-map';

const destinationsOf = (specialtyCode: string, origin: PathwayEstablishment) =>
  generateDefaultPathwayMap(pathwayEstablishments, specialtyCode).find((row) => row.originEstablishmentId === origin.id)
    ?.destinationIds;

describe('generateDefaultPathwayMap', () => {
  it.each([
    [
      'a rural centre goes to the nearest higher hospitals, nearest first',
      'paediatrics',
      csrNear,
      [hp.id, chp.id, chr.id],
    ],
    ['an urban centre far away is ranked by its own distances', 'paediatrics', csuFar, [chr.id, chu.id, chp.id]],
    ['a proximity hospital offering the specialty points up the pyramid', 'paediatrics', hp, [chp.id, chr.id, chu.id]],
    ['a provincial hospital goes to the regional level only', 'paediatrics', chp, [chr.id, chu.id]],
    ['a regional hospital goes to the university hospital', 'cardiology', chr, [chu.id]],
    [
      'a proximity hospital without the specialty skips to those that offer it',
      'cardiology',
      hp,
      [chp.id, chr.id, chu.id],
    ],
    ['the top of the pyramid gets no row', 'cardiology', chu, undefined],
    ['a closed establishment is neither origin nor destination', 'paediatrics', closedChp, undefined],
    ['a planned centre gets no row', 'paediatrics', plannedCsr, undefined],
    ['a private clinic is not an origin of the default map', 'paediatrics', clinic, undefined],
  ])('%s', (_name, specialtyCode, origin, expected) => {
    expect(destinationsOf(specialtyCode, origin)).toEqual(expected);
  });

  it('proposes at most three destinations, sends the patient back to the origin and sets the default delays', () => {
    const row = generateDefaultPathwayMap(pathwayEstablishments, 'paediatrics').find(
      (candidate) => candidate.originEstablishmentId === csrNear.id,
    );
    expect(row).toEqual({
      originEstablishmentId: csrNear.id,
      maxDelayRoutineDays: 30,
      maxDelayUrgentDays: 3,
      maxDelayEmergencyHours: 6,
      teleexpertiseFirst: false,
      returnEstablishmentId: csrNear.id,
      destinationIds: [hp.id, chp.id, chr.id],
    });
  });

  it.each(['paediatrics', 'cardiology'])('generates a map that validates without issues (%s)', (specialtyCode) => {
    const origins = generateDefaultPathwayMap(pathwayEstablishments, specialtyCode);
    expect(validatePathwayMap({ specialtyCode, origins }, pathwayEstablishments)).toEqual([]);
  });

  it('leaves primary care uncovered when no hospital offers the specialty, for the validation to say so', () => {
    expect(generateDefaultPathwayMap(pathwayEstablishments, 'psychiatry')).toEqual([]);
  });
});
