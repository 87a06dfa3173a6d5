import { Progress, Stack, Text } from '@mantine/core';
import { deduplicationProgress, type DeduplicationRun } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';

const colorOf: Record<DeduplicationRun['status'], string> = {
  queued: 'gray',
  running: 'blue',
  succeeded: 'teal',
  failed: 'red',
};

/**
 * Where a run stands: its phase and a bar of the blocking keys walked (keys done / keys total). Training and
 * clustering have no count of their own, so the bar shows the keys and moves while they run.
 */
export function DeduplicationProgress({ run }: { run: DeduplicationRun }) {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const active = run.status === 'queued' || run.status === 'running';
  const percent = Math.round(deduplicationProgress(run) * 100);
  return (
    <Stack gap={4} miw={180}>
      <Text size="xs" fw={500}>
        {run.status === 'queued' ? t('deduplication.status.queued') : t(`deduplication.phase.${run.phase}`)}
      </Text>
      <Progress
        value={percent}
        color={colorOf[run.status]}
        striped={active}
        animated={active}
        aria-label={t('deduplication.progressLabel')}
        aria-valuetext={`${percent} %`}
      />
      <Text size="xs" c="dimmed">
        {t('deduplication.keys', { done: formatInteger(run.keysDone), total: formatInteger(run.keysTotal) })}
      </Text>
      {run.status === 'failed' && run.error && (
        <Text size="xs" c="red">
          {run.error}
        </Text>
      )}
    </Stack>
  );
}
