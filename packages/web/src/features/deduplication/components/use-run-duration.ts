import type { DeduplicationRun } from '@tansiq/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';

/** How long a run took, or has been running (ticking every second while it runs); a dash before it starts. */
export function useRunDuration(run: Pick<DeduplicationRun, 'status' | 'startedAt' | 'finishedAt'>): string {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const running = run.status === 'running' && run.finishedAt === null;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) {
      return undefined;
    }
    const timer = window.setInterval(() => setNow(Date.now()), 1_000);
    return () => window.clearInterval(timer);
  }, [running]);
  if (run.startedAt === null) {
    return t('deduplication.notStarted');
  }
  const end = run.finishedAt === null ? now : Date.parse(run.finishedAt);
  const totalSeconds = Math.max(0, Math.round((end - Date.parse(run.startedAt)) / 1_000));
  const hours = Math.floor(totalSeconds / 3_600);
  const minutes = Math.floor((totalSeconds % 3_600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) {
    return t('deduplication.durationHours', { hours: formatInteger(hours), minutes: formatInteger(minutes) });
  }
  return minutes > 0
    ? t('deduplication.durationMinutes', { minutes: formatInteger(minutes), seconds: formatInteger(seconds) })
    : t('deduplication.durationSeconds', { seconds: formatInteger(seconds) });
}
