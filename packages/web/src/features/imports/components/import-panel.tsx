import { Alert, Anchor, Button, Card, Group, Input, Progress, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconDownload, IconUpload } from '@tabler/icons-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { useFormatters } from '../../../lib/use-formatters';
import { useImportJob } from '../api/use-import-job';
import { useStartImport } from '../api/use-start-import';
import { ImportErrorReport } from './import-error-report';

const maxBytes = 1024 * 1024;

interface ImportPanelProps {
  gstId: string;
  templateUrl: string;
}

/** Upload a CSV of establishments, follow the job, then show the counts or the error report. */
export function ImportPanel({ gstId, templateUrl }: ImportPanelProps) {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartImport();
  const job = useImportJob(jobId);
  const current = job.data;
  const running =
    start.isPending ||
    (jobId !== null && (current === undefined || current.status === 'queued' || current.status === 'running'));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setFileError(t('import.chooseFile'));
      return;
    }
    if (file.size > maxBytes) {
      setFileError(t('import.tooLarge'));
      return;
    }
    setJobId(null);
    const csv = await file.text();
    start.mutate({ gstId, fileName: file.name, csv }, { onSuccess: (started) => setJobId(started.id) });
  }

  const percent = current && current.totalRows > 0 ? Math.round((current.processedRows / current.totalRows) * 100) : 0;

  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <form onSubmit={(event) => void handleSubmit(event)}>
          <Stack gap="sm">
            <Text size="sm">{t('import.explanation')}</Text>
            <Group>
              <Anchor href={templateUrl} download="establishments-template.csv" size="sm">
                <Group gap={4} component="span">
                  <IconDownload size={16} />
                  {t('import.downloadTemplate')}
                </Group>
              </Anchor>
            </Group>
            <Input.Wrapper label={t('import.file')} id={inputId} error={fileError} description={t('import.fileHint')}>
              <input
                id={inputId}
                type="file"
                accept=".csv,text/csv"
                style={{ display: 'block', marginTop: 4 }}
                onChange={(event) => {
                  setFile(event.currentTarget.files?.[0] ?? null);
                  setFileError(null);
                }}
              />
            </Input.Wrapper>
            <Group>
              <Button type="submit" leftSection={<IconUpload size={18} />} loading={running} disabled={!file}>
                {t('import.upload')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>

      {start.error && <ErrorPanel error={start.error} />}
      {job.error && <ErrorPanel error={job.error} onRetry={() => void job.refetch()} />}

      {current && (
        <Card withBorder padding="md" aria-live="polite">
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={600} size="sm">
                {current.fileName}
              </Text>
              <Text size="sm" data-testid="import-status">
                {t(`import.status.${current.status}`)}
              </Text>
            </Group>
            <Progress
              value={current.status === 'succeeded' ? 100 : percent}
              animated={current.status === 'running' || current.status === 'queued'}
              color={current.status === 'failed' ? 'red' : current.status === 'succeeded' ? 'teal' : 'blue'}
              aria-label={t('import.progress')}
            />
            <Text size="xs" c="dimmed">
              {t('import.rows', {
                processed: formatInteger(current.processedRows),
                total: formatInteger(current.totalRows),
              })}
            </Text>
          </Stack>
        </Card>
      )}

      {current?.status === 'succeeded' && (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} title={t('import.succeededTitle')} role="status">
          <span data-testid="import-result">
            {t('import.succeeded', {
              created: formatInteger(current.createdCount),
              updated: formatInteger(current.updatedCount),
            })}
          </span>
        </Alert>
      )}
      {current?.status === 'failed' && <ImportErrorReport job={current} />}
    </Stack>
  );
}
