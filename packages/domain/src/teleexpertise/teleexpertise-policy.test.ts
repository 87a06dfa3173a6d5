import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../auth/roles';
import { canAskTeleexpertise, canViewTeleexpertise, teleexpertiseActorRoles } from './teleexpertise-policy';

const gstId = 'g1';
const target = { gstId, originEstablishmentId: 'origin', destinationEstablishmentId: 'destination' };
const actorAt = (role: Role, establishmentId: string, gst = gstId): Actor => ({
  userId: 'u',
  username: 'u',
  displayName: 'U',
  assignments: [{ role, scopeLevel: 'establishment', gstId: gst, provinceCode: null, establishmentId }],
});

describe('tele-expertise access', () => {
  it.each<[Role, string, string, boolean, boolean]>([
    ['physician', 'origin', gstId, true, true],
    ['nurse', 'origin', gstId, true, true],
    ['physician', 'destination', gstId, true, false],
    ['secretary', 'origin', gstId, false, false],
    ['establishment_admin', 'destination', gstId, false, false],
    ['physician', 'elsewhere', gstId, false, false],
    ['physician', 'origin', 'g2', false, false],
  ])('a %s at %s (%s) views: %s, asks from the origin: %s', (role, at, gst, views, asks) => {
    const actor = actorAt(role, at, gst);
    expect(canViewTeleexpertise(actor, target)).toBe(views);
    expect(canAskTeleexpertise(actor, { gstId, establishmentId: 'origin' })).toBe(asks);
  });

  it('names the end the clinician works at', () => {
    expect(teleexpertiseActorRoles(actorAt('physician', 'destination'), target)).toEqual([
      { party: 'destination', role: 'physician' },
    ]);
  });
});
