import { Button, Group, NumberInput, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { StaffingTableResponse } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { useReplaceStaffingTable } from '../api/use-staff-writes';
import { staffErrorMessage } from './rule-error';
import { useStaffLabels } from './use-staff-labels';

type Row = StaffingTableResponse['rows'][number];
const rowKey = (row: Row) => `${row.establishmentId}|${row.specialtyCode ?? ''}|${row.cadre}`;

/** Budgeted, filled, vacant and over-staffed posts; HR edits the budgeted posts of one establishment at a time. */
export function StaffingTableEditor({ gstId, table }: { gstId: string; table: StaffingTableResponse }) {
  const { t } = useTranslation();
  const { formatDecimal } = useFormatters();
  const labels = useStaffLabels();
  const replace = useReplaceStaffingTable(gstId);
  const [edits, setEdits] = useState<Record<string, number>>({});
  const budgetOf = (row: Row) => edits[rowKey(row)] ?? row.budgeted;

  function handleSave(establishmentId: string) {
    const posts = table.rows
      .filter((row) => row.establishmentId === establishmentId)
      .map((row) => ({
        establishmentId,
        specialtyCode: row.specialtyCode,
        cadre: row.cadre,
        budgetedPosts: budgetOf(row),
      }));
    replace.mutate(
      { establishmentIds: [establishmentId], posts },
      {
        onSuccess: () => notifications.show({ color: 'green', message: t('staff.saved') }),
        onError: (error) => notifications.show({ color: 'red', message: staffErrorMessage(error, t) }),
      },
    );
  }

  const number = (value: number) => formatDecimal(value).replace(/[.,]00$/, '');
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('staff.staffingTable.establishment')}</Table.Th>
            <Table.Th>{t('staff.service')}</Table.Th>
            <Table.Th>{t('staff.columns.cadre')}</Table.Th>
            <Table.Th ta="end">{t('staff.staffingTable.budgeted')}</Table.Th>
            <Table.Th ta="end">{t('staff.staffingTable.filled')}</Table.Th>
            <Table.Th ta="end">{t('staff.staffingTable.vacant')}</Table.Th>
            <Table.Th ta="end">{t('staff.staffingTable.overStaffed')}</Table.Th>
            {table.editable && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, index) => (
            <Table.Tr key={rowKey(row)}>
              <Table.Td>{row.establishmentName}</Table.Td>
              <Table.Td>{labels.specialtyName(row.specialtyCode)}</Table.Td>
              <Table.Td>{t(`staff.cadres.${row.cadre}`)}</Table.Td>
              <Table.Td ta="end">
                {table.editable ? (
                  <NumberInput
                    size="xs"
                    w={90}
                    min={0}
                    aria-label={`${t('staff.staffingTable.budgeted')} ${row.establishmentName} ${t(`staff.cadres.${row.cadre}`)}`}
                    value={budgetOf(row)}
                    onChange={(value) => setEdits({ ...edits, [rowKey(row)]: Number(value) || 0 })}
                  />
                ) : (
                  number(row.budgeted)
                )}
              </Table.Td>
              <Table.Td ta="end">{number(row.filled)}</Table.Td>
              <Table.Td ta="end" c={row.vacant > 0 ? 'orange' : undefined}>
                {number(row.vacant)}
              </Table.Td>
              <Table.Td ta="end" c={row.overStaffed > 0 ? 'red' : undefined}>
                {number(row.overStaffed)}
              </Table.Td>
              {table.editable && (
                <Table.Td>
                  {table.rows[index + 1]?.establishmentId !== row.establishmentId && (
                    <Button
                      size="xs"
                      variant="light"
                      loading={replace.isPending}
                      onClick={() => handleSave(row.establishmentId)}
                    >
                      {t('staff.save')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={3}>{t('staff.staffingTable.total')}</Table.Th>
            <Table.Th ta="end">{number(table.totals.budgeted)}</Table.Th>
            <Table.Th ta="end">{number(table.totals.filled)}</Table.Th>
            <Table.Th ta="end">{number(table.totals.vacant)}</Table.Th>
            <Table.Th ta="end">{number(table.totals.overStaffed)}</Table.Th>
            {table.editable && <Table.Th />}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {table.rows.length === 0 && <Text c="dimmed">{t('staff.staffingTable.empty')}</Text>}
      <Group />
    </Table.ScrollContainer>
  );
}
