import { Alert, Button, FileInput, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { describeError } from '../../../lib/describe-error';
import { useImportStaff } from '../api/use-staff-writes';

/** Sends a staff CSV; shows the counts, or every problem by row and column (nothing imported then). */
export function StaffImportForm({ gstId }: { gstId: string }) {
  const { t } = useTranslation();
  const importStaff = useImportStaff(gstId);
  const [file, setFile] = useState<File | null>(null);

  async function handleSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (file) {
      importStaff.mutate(await file.text());
    }
  }

  const error = importStaff.error;
  const issues = isApiError(error) ? error.issues : [];
  return (
    <Stack gap="md">
      <form onSubmit={(event) => void handleSubmit(event)}>
        <Stack gap="sm" maw={480}>
          <FileInput
            label={t('staff.importPage.file')}
            accept=".csv,text/csv"
            value={file}
            onChange={setFile}
            clearable
          />
          <Button type="submit" disabled={!file} loading={importStaff.isPending} w="fit-content">
            {t('staff.importPage.submit')}
          </Button>
        </Stack>
      </form>
      {importStaff.data && (
        <Alert color="green" role="status">
          {t('staff.importPage.done', importStaff.data)}
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert" title={t('staff.importPage.problems')}>
          {describeError(error, t)}
        </Alert>
      )}
      {issues.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('staff.importPage.row')}</Table.Th>
              <Table.Th>{t('staff.importPage.column')}</Table.Th>
              <Table.Th>{t('staff.importPage.message')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {issues.map((issue, index) => (
              <Table.Tr key={index}>
                <Table.Td>{issue.path[0] === 'rows' ? String(issue.path[1]) : '—'}</Table.Td>
                <Table.Td>
                  <Text ff="monospace" size="sm">
                    {String(issue.path[0] === 'rows' ? issue.path[2] : issue.path.join('.'))}
                  </Text>
                </Table.Td>
                <Table.Td>{issue.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
