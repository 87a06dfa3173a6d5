import { Badge, Table, Text } from '@mantine/core';
import type { DeduplicationRun } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { DeduplicationProgress } from './deduplication-progress';
import { useRunDuration } from './use-run-duration';

const statusColors: Record<DeduplicationRun['status'], string> = {
  queued: 'gray',
  running: 'blue',
  succeeded: 'teal',
  failed: 'red',
};

/** The runs of the GST: when, status and progress, what they found and did, with which model and thresholds. */
export function DeduplicationRunsTable({ runs }: { runs: readonly DeduplicationRun[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped verticalSpacing="sm" aria-label={t('deduplication.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('deduplication.column.createdAt')}</Table.Th>
            <Table.Th>{t('deduplication.column.status')}</Table.Th>
            <Table.Th>{t('deduplication.column.progress')}</Table.Th>
            <Table.Th ta="end">{t('deduplication.column.candidatePairs')}</Table.Th>
            <Table.Th ta="end">{t('deduplication.column.comparisons')}</Table.Th>
            <Table.Th ta="end">{t('deduplication.column.autoMerged')}</Table.Th>
            <Table.Th ta="end">{t('deduplication.column.sentToReview')}</Table.Th>
            <Table.Th>{t('deduplication.column.thresholds')}</Table.Th>
            <Table.Th>{t('deduplication.column.modelVersion')}</Table.Th>
            <Table.Th>{t('deduplication.column.duration')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => (
            <RunRow key={run.id} run={run} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function RunRow({ run }: { run: DeduplicationRun }) {
  const { t } = useTranslation();
  const { formatInteger, formatDateTime } = useFormatters();
  const duration = useRunDuration(run);
  const percent = (value: number | null) => (value === null ? '—' : `${formatInteger(Math.round(value * 100))} %`);
  const count = (value: number) => (
    <Table.Td ta="end">
      <Text size="sm" ff="monospace">
        {formatInteger(value)}
      </Text>
    </Table.Td>
  );
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(run.createdAt)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={statusColors[run.status]} variant="light">
          {t(`deduplication.status.${run.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <DeduplicationProgress run={run} />
      </Table.Td>
      {count(run.candidatePairs)}
      {count(run.comparisons)}
      {count(run.autoMerged)}
      {count(run.sentToReview)}
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {percent(run.linkThreshold)} / {percent(run.reviewThreshold)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {run.modelVersion === null ? '—' : t('deduplication.modelVersion', { version: run.modelVersion })}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {duration}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
