import { Table, UnstyledButton, Text } from '@mantine/core';
import type { ReferralIndicatorRow } from '@tansiq/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/use-language';
import { groupLabel } from './group-label';
import { useMeasureFormat } from './use-measure-format';

type Format = ReturnType<typeof useMeasureFormat>;
interface Column {
  key: string;
  value: (row: ReferralIndicatorRow) => number | null;
  show: (row: ReferralIndicatorRow, format: Format) => string;
}

const share = (pick: (row: ReferralIndicatorRow) => number | null): Pick<Column, 'value' | 'show'> => ({
  value: pick,
  show: (row, format) => format.formatShare(pick(row)),
});
const days = (pick: (row: ReferralIndicatorRow) => number | null): Pick<Column, 'value' | 'show'> => ({
  value: pick,
  show: (row, format) => format.formatDays(pick(row)),
});

const columns: Column[] = [
  { key: 'referrals', value: (row) => row.referrals, show: (row, format) => format.formatInteger(row.referrals) },
  { key: 'inPathwayShare', ...share((row) => row.inPathwayShare) },
  { key: 'acceptanceMedian', ...days((row) => row.delays.acceptance.median) },
  { key: 'acceptanceP90', ...days((row) => row.delays.acceptance.p90) },
  { key: 'appointmentMedian', ...days((row) => row.delays.appointment.median) },
  { key: 'attendanceMedian', ...days((row) => row.delays.attendance.median) },
  { key: 'counterReferralMedian', ...days((row) => row.delays.counterReferral.median) },
  { key: 'declineRate', ...share((row) => row.declineRate) },
  { key: 'redirectRate', ...share((row) => row.redirectRate) },
  { key: 'noShowRate', ...share((row) => row.noShowRate) },
  { key: 'counterReferralCompletion', ...share((row) => row.counterReferralCompletion) },
  {
    key: 'teleexpertise',
    value: (row) => row.teleexpertise.requests,
    show: (row, format) => format.formatInteger(row.teleexpertise.requests),
  },
];

/** One row per group, sortable by any column (unpublished figures sort last). */
export function IndicatorTable({ rows, groupTitle }: { rows: readonly ReferralIndicatorRow[]; groupTitle: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useMeasureFormat();
  const [sort, setSort] = useState<{ key: string; descending: boolean }>({ key: 'group', descending: false });
  const sorted = useMemo(() => {
    const column = columns.find((candidate) => candidate.key === sort.key);
    const direction = sort.descending ? -1 : 1;
    return [...rows].sort((a, b) => {
      if (!column) {
        return direction * groupLabel(a, language).localeCompare(groupLabel(b, language), language);
      }
      const [left, right] = [column.value(a), column.value(b)];
      if (left === null || right === null) {
        return left === right ? 0 : left === null ? 1 : -1;
      }
      return direction * (left - right);
    });
  }, [rows, sort, language]);
  const header = (key: string, label: string) => (
    <Table.Th
      key={key}
      aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      style={{ whiteSpace: 'nowrap' }}
    >
      <UnstyledButton
        fw={600}
        fz="sm"
        onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : key !== 'group' })}
      >
        {label}
        {sort.key === key ? (sort.descending ? ' ↓' : ' ↑') : ''}
      </UnstyledButton>
    </Table.Th>
  );
  if (rows.length === 0) {
    return <Text c="dimmed">{t('referralIndicators.empty')}</Text>;
  }
  return (
    <Table.ScrollContainer minWidth={1100}>
      <Table striped highlightOnHover aria-label={t('referralIndicators.table')}>
        <Table.Thead>
          <Table.Tr>
            {header('group', groupTitle)}
            {columns.map((column) => header(column.key, t(`referralIndicators.column.${column.key}`)))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td>{groupLabel(row, language)}</Table.Td>
              {columns.map((column) => (
                <Table.Td key={column.key} style={{ textAlign: 'end' }}>
                  {column.show(row, format)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
