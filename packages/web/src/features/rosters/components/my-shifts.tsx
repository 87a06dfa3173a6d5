import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import type { MyRosterShift } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { useMoroccoClock } from './use-morocco-clock';
import { useMyShifts } from '../api/use-rosters';
import { SwapRequestModal } from './swap-request-modal';

interface MyShiftsProps {
  month: string;
  /** Called with the id of a swap request once it is raised (the page opens it). */
  onSwapRequested: (requestId: string) => void;
}

/** The connected person's published shifts of the month; a shift not yet started may be offered for a swap. */
export function MyShifts({ month, onSwapRequested }: MyShiftsProps) {
  const { t } = useTranslation();
  const { formatDateTime } = useMoroccoClock();
  const shifts = useMyShifts(month);
  const [swapping, setSwapping] = useState<MyRosterShift | null>(null);
  const [now] = useState(() => Date.now());
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
    <>
      <Table striped aria-label={t('rosters.mine.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('rosters.roster')}</Table.Th>
            <Table.Th>{t('rosters.mine.from')}</Table.Th>
            <Table.Th>{t('rosters.mine.to')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('rosters.swap.column')}</VisuallyHidden>
            </Table.Th>
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
              <Table.Td>
                {Date.parse(shift.startsAt) > now && (
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => setSwapping(shift)}
                    aria-label={t('rosters.swap.askFor', {
                      line: shift.lineName,
                      when: formatDateTime(shift.startsAt),
                    })}
                  >
                    {t('rosters.swap.ask')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {swapping && (
        <SwapRequestModal
          key={`${swapping.rosterId}/${swapping.shiftId}`}
          shift={swapping}
          onClose={() => setSwapping(null)}
          onCreated={onSwapRequested}
        />
      )}
    </>
  );
}
