import { Box, Group, Pagination, SegmentedControl, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import type { HrDashboard } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { useDashboardLabels } from './use-dashboard-labels';

type Row = HrDashboard['vacancies']['byEstablishment'][number];
const columns = ['vacant', 'vacancyRate', 'budgeted', 'filled', 'overStaffed'] as const;
type Column = (typeof columns)[number] | 'establishment';
const pageSizes = ['10', '25', '50'] as const;

/**
 * Vacant posts per establishment: most vacant first by default, sortable by any column, paged 10, 25 or 50 at a time.
 */
export function VacanciesTable({ dashboard }: { dashboard: HrDashboard }) {
  const { t } = useTranslation();
  const { formatDecimal, formatInteger } = useFormatters();
  const labels = useDashboardLabels(dashboard);
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'vacant', descending: true });
  const [pageSize, setPageSize] = useState<(typeof pageSizes)[number]>('10');
  const [page, setPage] = useState(1);
  const rows = dashboard.vacancies.byEstablishment;
  if (rows.length === 0) {
    return <Text c="dimmed">{t('hrDashboard.table.noPosts')}</Text>;
  }
  const value = (row: Row, column: Column): number | string =>
    column === 'establishment' ? labels.establishment(row.establishmentId) : (row[column] ?? -1);
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [value(a, sort.column), value(b, sort.column)];
    const order = typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y)) : x - y;
    return sort.descending ? -order : order;
  });
  const size = Number(pageSize);
  const pages = Math.max(1, Math.ceil(sorted.length / size));
  const current = Math.min(page, pages);
  const shown = sorted.slice((current - 1) * size, current * size);
  const header = (column: Column) => {
    const label = t(`hrDashboard.table.${column}`);
    const active = sort.column === column;
    return (
      <Table.Th
        key={column}
        ta={column === 'establishment' ? undefined : 'end'}
        aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      >
        <UnstyledButton
          aria-label={t('hrDashboard.table.sortBy', { column: label })}
          onClick={() => {
            setSort({ column, descending: active ? !sort.descending : column !== 'establishment' });
            setPage(1);
          }}
        >
          <Group gap={4} wrap="nowrap" justify={column === 'establishment' ? 'flex-start' : 'flex-end'}>
            <Text size="sm" fw={600}>
              {label}
            </Text>
            {active && (sort.descending ? <IconArrowDown size={14} /> : <IconArrowUp size={14} />)}
          </Group>
        </UnstyledButton>
      </Table.Th>
    );
  };
  return (
    <Stack gap="xs">
      <Box style={{ overflowX: 'auto' }}>
        <Table striped highlightOnHover aria-label={t('hrDashboard.sections.vacancies')}>
          <Table.Thead>
            <Table.Tr>{(['establishment', ...columns] as const).map(header)}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={row.establishmentId}>
                <Table.Td>{labels.establishment(row.establishmentId)}</Table.Td>
                <Table.Td ta="end" fw={600}>
                  {formatDecimal(row.vacant)}
                </Table.Td>
                <Table.Td ta="end">
                  {row.vacancyRate === null ? '—' : `${formatInteger(Math.round(row.vacancyRate * 100))} %`}
                </Table.Td>
                <Table.Td ta="end">{formatDecimal(row.budgeted)}</Table.Td>
                <Table.Td ta="end">{formatDecimal(row.filled)}</Table.Td>
                <Table.Td ta="end">{formatDecimal(row.overStaffed)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Text size="sm">{t('hrDashboard.table.topN')}</Text>
          <SegmentedControl
            size="xs"
            aria-label={t('hrDashboard.table.topN')}
            data={[...pageSizes]}
            value={pageSize}
            onChange={(next) => {
              setPageSize(pageSizes.find((candidate) => candidate === next) ?? '10');
              setPage(1);
            }}
          />
        </Group>
        {pages > 1 && <Pagination total={pages} value={current} onChange={setPage} size="sm" />}
      </Group>
    </Stack>
  );
}
