import { Badge, Button, Group, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { patientImportHistoryPageSize, usePatientImports } from '../api/use-patient-imports';

const statusColors = { queued: 'gray', running: 'blue', succeeded: 'teal', failed: 'red' } as const;

interface PatientImportHistoryProps {
  gstId: string;
  onOpen: (jobId: string) => void;
}

/** The imports and checks already run for the user's establishments, newest first. */
export function PatientImportHistory({ gstId, onOpen }: PatientImportHistoryProps) {
  const { t } = useTranslation();
  const { formatDateTime, formatInteger, language } = useFormatters();
  const [page, setPage] = useState(1);
  const history = usePatientImports(gstId, page);

  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('patientImport.history.title')}
      </Title>
      {history.isError && <ErrorPanel error={history.error} onRetry={() => void history.refetch()} />}
      {history.data?.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('patientImport.history.empty')}
        </Text>
      )}
      {history.data && history.data.items.length > 0 && (
        <>
          <Table.ScrollContainer minWidth={720}>
            <Table withTableBorder striped aria-label={t('patientImport.history.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('patientImport.history.date')}</Table.Th>
                  <Table.Th>{t('patientImport.history.establishment')}</Table.Th>
                  <Table.Th>{t('patientImport.history.file')}</Table.Th>
                  <Table.Th>{t('patientImport.history.status')}</Table.Th>
                  <Table.Th>{t('patientImport.history.counts')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {history.data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>{formatDateTime(item.createdAt)}</Table.Td>
                    <Table.Td>
                      {localizedName({ nameFr: item.establishmentName, nameAr: item.establishmentNameAr }, language)}
                    </Table.Td>
                    <Table.Td dir="auto">{item.fileName}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <Badge color={statusColors[item.status]} variant="light">
                          {t(`patientImport.status.${item.status}`)}
                        </Badge>
                        {item.dryRun && (
                          <Badge color="gray" variant="outline">
                            {t('patientImport.history.dryRun')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {item.counts &&
                        t('patientImport.history.countsValue', {
                          linked: formatInteger(item.counts.linked),
                          new: formatInteger(item.counts.new),
                          sentToReview: formatInteger(item.counts.sentToReview),
                          rejected: formatInteger(item.counts.rejected),
                        })}
                    </Table.Td>
                    <Table.Td>
                      <Button size="compact-xs" variant="subtle" onClick={() => onOpen(item.id)}>
                        {t('patientImport.history.open')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Group justify="center">
            <Pagination
              total={Math.max(1, Math.ceil(history.data.total / patientImportHistoryPageSize))}
              value={page}
              onChange={setPage}
            />
          </Group>
        </>
      )}
    </Stack>
  );
}
