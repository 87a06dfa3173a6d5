import type { Actor, Me } from '@tansiq/domain';

const today = () => new Date().toISOString().slice(0, 10);

/** The signed-in user as an access-policy `Actor`, with the assignments valid today. Used only to hide actions. */
export function toActor(me: Me, on: string = today()): Actor {
  return {
    userId: me.user.id,
    username: me.user.username,
    displayName: me.user.displayName,
    assignments: me.user.assignments
      .filter((assignment) => assignment.validFrom <= on && (assignment.validTo === null || assignment.validTo >= on))
      .map(({ role, scopeLevel, gstId, provinceCode, establishmentId }) => ({
        role,
        scopeLevel,
        gstId,
        provinceCode,
        establishmentId,
      })),
  };
}
