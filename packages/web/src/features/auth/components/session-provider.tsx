import type { Me } from '@tansiq/domain';
import { useMemo, useState, type ReactNode } from 'react';
import { toActor } from '../../../lib/to-actor';
import { SessionContext, type Session, type SessionGst } from '../session-context';

const storageKey = 'tansiq.gstId';

function readStoredGstId(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

function pickGst(me: Me, preferredId: string | null): SessionGst | undefined {
  return (
    me.gsts.find((gst) => gst.id === preferredId) ?? me.gsts.find((gst) => gst.id === me.user.homeGstId) ?? me.gsts[0]
  );
}

interface SessionProviderProps {
  me: Me;
  /** Shown when the user has no GST at all (no assignment yet). */
  fallback: ReactNode;
  children: ReactNode;
}

/** Provides the session (user, actor, current GST) to the authenticated pages. */
export function SessionProvider({ me, fallback, children }: SessionProviderProps) {
  const [preferredGstId, setPreferredGstId] = useState<string | null>(readStoredGstId);
  const gst = pickGst(me, preferredGstId);
  const session = useMemo<Session | null>(() => {
    if (!gst) {
      return null;
    }
    return {
      me,
      actor: toActor(me),
      gst,
      selectGst: (gstId: string) => {
        setPreferredGstId(gstId);
        try {
          window.localStorage.setItem(storageKey, gstId);
        } catch {
          // The choice then lasts for this page only.
        }
      },
    };
  }, [me, gst]);

  if (!session) {
    return <>{fallback}</>;
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
