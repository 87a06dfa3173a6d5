import type { Actor, Me } from '@tansiq/domain';
import { createContext } from 'react';

export type SessionGst = Me['gsts'][number];

export interface Session {
  me: Me;
  /** The signed-in user as an access-policy actor (only to hide actions; the server decides). */
  actor: Actor;
  /** The GST the user is working on. */
  gst: SessionGst;
  selectGst: (gstId: string) => void;
}

export const SessionContext = createContext<Session | null>(null);
