import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDownload, IconInfoCircle } from '@tabler/icons-react';
import {
  formatRegionalPatientId,
  toPatientImportReportCsv,
  type PatientImportCounts,
  type PatientImportJob,
} from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { useFormatters } from '../../../lib/use-formatters';
import { translateImportMessage } from './translate-import-message';

// Excel opens UTF-8 CSV correctly (Arabic names, accents) only with a byte-order mark.
const bom = '\uFEFF';
/** Rows shown on the page per table; the CSV report has them all. */
const shownRows = 200;

const countColors: readonly [keyof PatientImportCounts, string][] = [
  ['linked', 'teal'],
  ['new', 'blue'],
  ['sentToReview', 'orange'],
  ['rejected', 'red'],
];

interface PatientImportReportProps {
  job: PatientImportJob;
  /** Identity managers may open the pairs sent to review. */
  canReviewPairs: boolean;
}

function downloadReport(job: PatientImportJob) {
  const blob = new Blob([bom + toPatientImportReportCsv(job)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${job.fileName.replace(/\.csv$/i, '')}-rapport.csv`;
  link.click();
  URL.revokeObjectURL(url);
}

/** Where a problem sits: a row's line and column, or the file itself. */
function locate(path: PatientImportJob['errors'][number]['path']): { line: string; column: string } {
  const [scope, line, column] = path;
  return scope === 'rows' ? { line: String(line ?? ''), column: String(column ?? '') } : { line: '', column: '' };
}

/** A finished import's report: the four counts, the rejected rows and the rows sent to review, and the CSV. */
export function PatientImportReport({ job, canReviewPairs }: PatientImportReportProps) {
  const { t } = useTranslation();
  const { formatInteger, formatDecimal } = useFormatters();
  const counts = job.counts ?? { linked: 0, new: 0, sentToReview: 0, rejected: 0 };
  const reviewRows = job.rows.filter((row) => row.outcome === 'sent_to_review');
  const failed = job.status === 'failed';

  return (
    <Stack gap="md" aria-live="polite">
      <Group justify="space-between" align="center">
        <Title order={2} size="h4">
          {job.dryRun ? t('patientImport.report.checkTitle') : t('patientImport.report.importTitle')}
        </Title>
        <Button variant="light" size="xs" leftSection={<IconDownload size={16} />} onClick={() => downloadReport(job)}>
          {t('patientImport.report.download')}
        </Button>
      </Group>
      {failed ? (
        <Alert
          color="red"
          icon={<IconAlertTriangle size={18} />}
          title={t('patientImport.report.failedTitle')}
          role="alert"
        >
          {t('patientImport.report.failed')}
        </Alert>
      ) : job.dryRun ? (
        <Alert
          color="blue"
          icon={<IconInfoCircle size={18} />}
          title={t('patientImport.report.checkedTitle')}
          role="status"
        >
          {t('patientImport.report.dryRunNote')}
        </Alert>
      ) : (
        <Alert
          color="teal"
          icon={<IconCircleCheck size={18} />}
          title={t('patientImport.report.importedTitle')}
          role="status"
        >
          {t('patientImport.report.imported')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, sm: 4 }} data-testid="patient-import-counts">
        {countColors.map(([key, color]) => (
          <Paper key={key} withBorder p="sm" radius="md">
            <Text size="xl" fw={700} c={color}>
              {formatInteger(counts[key])}
            </Text>
            <Text size="sm" fw={600}>
              {t(`patientImport.count.${key}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`patientImport.countHelp.${key}`)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>

      {job.errors.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('patientImport.report.rejectedTitle')}
          </Title>
          <Table.ScrollContainer minWidth={480} mah={420}>
            <Table withTableBorder aria-label={t('patientImport.report.rejectedTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('patientImport.report.line')}</Table.Th>
                  <Table.Th>{t('patientImport.report.column')}</Table.Th>
                  <Table.Th>{t('patientImport.report.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {job.errors.slice(0, shownRows).map((issue, index) => {
                  const { line, column } = locate(issue.path);
                  return (
                    <Table.Tr key={`${issue.path.join('.')}-${index}`}>
                      <Table.Td>{line || t('patientImport.report.file')}</Table.Td>
                      <Table.Td dir="auto">{column}</Table.Td>
                      <Table.Td title={issue.message}>{translateImportMessage(issue.message, t)}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {job.errors.length > shownRows && (
            <Text size="xs" c="dimmed">
              {t('patientImport.report.more', { count: job.errors.length - shownRows })}
            </Text>
          )}
        </Stack>
      )}

      {reviewRows.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('patientImport.report.reviewTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('patientImport.report.reviewHint')}
          </Text>
          <Table.ScrollContainer minWidth={520} mah={420}>
            <Table withTableBorder aria-label={t('patientImport.report.reviewTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('patientImport.report.line')}</Table.Th>
                  <Table.Th>{t('patientImport.report.localId')}</Table.Th>
                  <Table.Th>{t('patientImport.report.candidate')}</Table.Th>
                  <Table.Th>{t('patientImport.report.probability')}</Table.Th>
                  {canReviewPairs && !job.dryRun && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {reviewRows.slice(0, shownRows).map((row) => {
                  const pair =
                    row.patientId !== null && row.candidatePatientId !== null
                      ? [row.patientId, row.candidatePatientId].sort()
                      : [];
                  return (
                    <Table.Tr key={row.line}>
                      <Table.Td>{row.line}</Table.Td>
                      <Table.Td dir="ltr">{row.localId}</Table.Td>
                      <Table.Td dir="ltr">
                        {row.candidateRegionalId ? formatRegionalPatientId(row.candidateRegionalId) : ''}
                      </Table.Td>
                      <Table.Td>
                        {row.probability === null
                          ? ''
                          : t('patientImport.report.percent', { value: formatDecimal(row.probability * 100) })}
                      </Table.Td>
                      {canReviewPairs && !job.dryRun && (
                        <Table.Td>
                          {pair[0] && pair[1] && (
                            <AnchorLink
                              size="sm"
                              to="/duplicates/$patientAId/$patientBId"
                              params={{ patientAId: pair[0], patientBId: pair[1] }}
                            >
                              {t('patientImport.report.openPair')}
                            </AnchorLink>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Stack>
  );
}
