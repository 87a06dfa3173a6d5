import { useEffect, useState } from 'react';

/** Seconds elapsed while `running` is true (for a progress message); 0 when it is not. */
export function useElapsedSeconds(running: boolean): number {
  const [state, setState] = useState({ startedAt: 0, now: 0 });
  useEffect(() => {
    if (!running) {
      return undefined;
    }
    const startedAt = Date.now();
    const timer = window.setInterval(() => setState({ startedAt, now: Date.now() }), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  return running && state.startedAt > 0 ? Math.floor((state.now - state.startedAt) / 1000) : 0;
}
