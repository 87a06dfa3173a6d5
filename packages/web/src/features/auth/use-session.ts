import { useContext } from 'react';
import { SessionContext, type Session } from './session-context';

/** The signed-in user, their actor and current GST; only inside the authenticated layout. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error('useSession must be used inside <SessionProvider>');
  }
  return session;
}
