import { activeRoleAssignments, todayInMorocco, type Actor, type Me } from '@tansiq/domain';

/** The signed-in user as an access-policy `Actor`, with the assignments valid today. Used only to hide actions. */
export function toActor(me: Me, on: string = todayInMorocco()): Actor {
  return {
    userId: me.user.id,
    username: me.user.username,
    displayName: me.user.displayName,
    assignments: activeRoleAssignments(me.user.assignments, on),
  };
}
