import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { useMoroccoClock } from './use-morocco-clock';
import { useMyShifts } from '../api/use-rosters';

/** The connected person's published shifts of the month. */
export function MyShifts({ month }: { month: string }) {
  const { t } = useTranslation();
  const { formatDateTime } = useMoroccoClock();
  const shifts = useMyShifts(month);
  if (shifts.isPending) {
    return <PageLoader />;
  }
  if (shifts.isError) {
    return <ErrorPanel error={shifts.error} onRetry={() => void shifts.refetch()} />;
  }
  if (shifts.data.length === 0) {
    return <Text c="dimmed">{t('rosters.mine.empty')}</Text>;
  }
  return (
    <Table striped aria-label={t('rosters.mine.title')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('rosters.roster')}</Table.Th>
          <Table.Th>{t('rosters.mine.from')}</Table.Th>
          <Table.Th>{t('rosters.mine.to')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {shifts.data.map((shift) => (
          <Table.Tr key={`${shift.rosterId}/${shift.shiftId}`}>
            <Table.Td>
              {shift.lineName} ({t(`rosters.lines.${shift.kind}`)})
            </Table.Td>
            <Table.Td>{formatDateTime(shift.startsAt)}</Table.Td>
            <Table.Td>{formatDateTime(shift.endsAt)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
