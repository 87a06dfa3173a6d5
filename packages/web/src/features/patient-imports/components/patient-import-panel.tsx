import { Button, Card, Group, Input, List, Progress, Select, Stack, Text, Title } from '@mantine/core';
import { IconChecklist, IconDatabaseImport } from '@tabler/icons-react';
import { guessPatientImportMapping, isPatientImportActive, patientImportMappingSchema } from '@tansiq/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { isApiError } from '../../../lib/api-error';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { usePatientImport } from '../api/use-patient-import';
import { useStartPatientImport } from '../api/use-start-patient-import';
import { MappingEditor, type MappingDraft } from './mapping-editor';
import { PatientImportReport } from './patient-import-report';
import { readCsvPreview, readFileText, type CsvPreview } from './read-csv-preview';
import { translateImportMessage } from './translate-import-message';

export interface ImportEstablishmentOption {
  value: string;
  label: string;
  /** Every name and the code, so an establishment is found by its French or Arabic name whatever the UI language. */
  searchText: string;
}

/** Lower case, no accents, so "tetouan" finds "Tétouan". */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');

interface PatientImportPanelProps {
  establishments: readonly ImportEstablishmentOption[];
  establishmentsLoading: boolean;
  /** The import whose progress and report are shown (started here or opened from the history). */
  jobId: string | null;
  onJobChange: (jobId: string | null) => void;
  canReviewPairs: boolean;
}

interface ChosenFile {
  name: string;
  content: string;
  preview: CsvPreview;
}

/**
 * Import of an establishment's legacy patient file: choose the establishment and the file, check the proposed column
 * mapping, run a check (dry run) then the import, and follow the job to its report.
 */
export function PatientImportPanel({
  establishments,
  establishmentsLoading,
  jobId,
  onJobChange,
  canReviewPairs,
}: PatientImportPanelProps) {
  const { t } = useTranslation();
  const { formatInteger, language } = useFormatters();
  const fileInputId = useId();
  const [establishmentId, setEstablishmentId] = useState<string | null>(
    establishments.length === 1 ? (establishments[0]?.value ?? null) : null,
  );
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<MappingDraft>({});
  const [startedDryRun, setStartedDryRun] = useState(true);
  const start = useStartPatientImport();
  const job = usePatientImport(jobId);
  const current = job.data;
  const running = start.isPending || (jobId !== null && (current === undefined || isPatientImportActive(current)));
  const chosenEstablishment =
    establishmentId ?? (establishments.length === 1 ? (establishments[0]?.value ?? null) : null);
  const mappingValid = patientImportMappingSchema.safeParse(mapping).success;
  const searchTextOf = new Map(establishments.map((option) => [option.value, fold(option.searchText)]));

  async function handleFile(selected: File | undefined) {
    setFile(null);
    setFileError(null);
    onJobChange(null);
    if (!selected) {
      return;
    }
    const content = await readFileText(selected);
    const read = readCsvPreview(content);
    if ('error' in read) {
      setFileError(t(`patientImport.fileError.${read.error}`));
      return;
    }
    setFile({ name: selected.name, content, preview: read.preview });
    setMapping(guessPatientImportMapping(read.preview.header, read.preview.samples));
  }

  function handleStart(dryRun: boolean) {
    if (!file || !chosenEstablishment) {
      return;
    }
    const parsed = patientImportMappingSchema.safeParse(mapping);
    if (!parsed.success) {
      return;
    }
    onJobChange(null);
    setStartedDryRun(dryRun);
    start.mutate(
      {
        establishmentId: chosenEstablishment,
        fileName: file.name,
        content: file.content,
        mapping: parsed.data,
        dryRun,
      },
      { onSuccess: (started) => onJobChange(started.id) },
    );
  }

  const percent = current && current.totalRows > 0 ? Math.round((current.processedRows / current.totalRows) * 100) : 0;
  const canStart = file !== null && chosenEstablishment !== null && mappingValid && !running;
  const checkedOk = current?.dryRun === true && current.status === 'succeeded' && current.fileName === file?.name;

  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Select
            label={t('patientImport.establishment')}
            description={t('patientImport.establishmentHint')}
            placeholder={establishmentsLoading ? t('common.loading') : t('patientImport.establishmentPlaceholder')}
            searchable
            data={establishments.map(({ value, label }) => ({ value, label }))}
            filter={({ options, search }) =>
              options.filter(
                (option) => 'value' in option && (searchTextOf.get(option.value) ?? '').includes(fold(search.trim())),
              )
            }
            value={chosenEstablishment}
            onChange={setEstablishmentId}
            nothingFoundMessage={t('patientImport.noEstablishment')}
            comboboxProps={{ withinPortal: true }}
            maw={520}
          />
          <Input.Wrapper
            label={t('patientImport.file')}
            id={fileInputId}
            error={fileError}
            description={t('patientImport.fileHint')}
          >
            <input
              id={fileInputId}
              type="file"
              accept=".csv,text/csv"
              style={{ display: 'block', marginTop: 4 }}
              onChange={(event) => void handleFile(event.currentTarget.files?.[0])}
            />
          </Input.Wrapper>
          {file && (
            <Text size="sm" c="dimmed" data-testid="patient-import-file-summary">
              {t('patientImport.fileSummary', {
                rows: formatInteger(file.preview.rowCount),
                columns: formatInteger(file.preview.header.length),
              })}
            </Text>
          )}
        </Stack>
      </Card>

      {file && (
        <Card withBorder padding="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('patientImport.mapping.title')}
            </Title>
            <Text size="sm">{t('patientImport.mapping.hint')}</Text>
            <MappingEditor
              header={file.preview.header}
              samples={file.preview.samples}
              mapping={mapping}
              onChange={setMapping}
            />
            <Group>
              <Button
                variant="light"
                leftSection={<IconChecklist size={18} />}
                disabled={!canStart}
                loading={running && startedDryRun}
                onClick={() => handleStart(true)}
              >
                {t('patientImport.check')}
              </Button>
              <Button
                leftSection={<IconDatabaseImport size={18} />}
                disabled={!canStart}
                loading={running && !startedDryRun}
                onClick={() => handleStart(false)}
              >
                {t('patientImport.import')}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {checkedOk ? t('patientImport.checkedHint') : t('patientImport.checkHint')}
            </Text>
          </Stack>
        </Card>
      )}

      {start.error && (
        <Stack gap="xs">
          <ErrorPanel error={start.error} />
          {isApiError(start.error) && start.error.issues.length > 0 && (
            <List size="sm" data-testid="patient-import-start-issues">
              {start.error.issues.map((issue) => (
                <List.Item key={`${issue.path.join('.')}-${issue.message}`}>
                  <Text span size="sm" dir="auto" fw={600}>
                    {issue.path.slice(1).join(' · ') || issue.path.join(' · ')}
                  </Text>
                  {' — '}
                  {translateImportMessage(issue.message, t)}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
      {job.error && <ErrorPanel error={job.error} onRetry={() => void job.refetch()} />}

      {current && (
        <Card withBorder padding="md" aria-live="polite">
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={600} size="sm">
                <bdi>{current.fileName}</bdi> ·{' '}
                {localizedName({ nameFr: current.establishmentName, nameAr: current.establishmentNameAr }, language)}
              </Text>
              <Text size="sm" data-testid="patient-import-status">
                {t(`patientImport.status.${current.status}`)}
              </Text>
            </Group>
            <Progress
              value={current.status === 'succeeded' ? 100 : percent}
              animated={isPatientImportActive(current)}
              color={current.status === 'failed' ? 'red' : current.status === 'succeeded' ? 'teal' : 'blue'}
              aria-label={t('patientImport.progress')}
            />
            <Text size="xs" c="dimmed">
              {t('patientImport.rows', {
                processed: formatInteger(current.processedRows),
                total: formatInteger(current.totalRows),
              })}
            </Text>
          </Stack>
        </Card>
      )}
      {current && !isPatientImportActive(current) && (
        <PatientImportReport job={current} canReviewPairs={canReviewPairs} />
      )}
    </Stack>
  );
}
