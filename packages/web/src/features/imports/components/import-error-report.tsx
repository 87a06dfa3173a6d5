import { Alert, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ImportJob } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { translateMessage } from '../../../lib/translate-issue';

/** Where an error sits: ['rows', line, column, …] or ['header', column or position]. */
function locate(path: ImportJob['errors'][number]['path']): { line: string; column: string } {
  const [scope, first, ...rest] = path;
  if (scope === 'rows') {
    return { line: String(first ?? ''), column: rest.join('.') };
  }
  if (scope === 'header') {
    return { line: '1', column: String(first ?? '') };
  }
  return { line: '', column: path.join('.') };
}

/** The failed import's report: one row per problem; the file was not imported at all. */
export function ImportErrorReport({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('import.failedTitle')} role="alert">
      <Text size="sm" mb="sm" fw={600}>
        {t('import.nothingImported')}
      </Text>
      {job.errors.length > 0 && (
        <Table.ScrollContainer minWidth={480} mah={360}>
          <Table
            withTableBorder
            bg="var(--mantine-color-body)"
            aria-label={t('import.errorReport')}
            data-testid="import-errors"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.line')}</Table.Th>
                <Table.Th>{t('import.column')}</Table.Th>
                <Table.Th>{t('import.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {job.errors.map((error, index) => {
                const { line, column } = locate(error.path);
                return (
                  <Table.Tr key={`${error.path.join('.')}-${index}`}>
                    <Table.Td>{line === '1' && error.path[0] === 'header' ? t('import.header') : line}</Table.Td>
                    <Table.Td dir="ltr">{column}</Table.Td>
                    <Table.Td title={error.message}>{translateMessage(error.message, t)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Alert>
  );
}
