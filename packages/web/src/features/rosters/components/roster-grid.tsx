import { Table, Text, UnstyledButton } from '@mantine/core';
import type { RosterDetail } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useMoroccoClock } from './use-morocco-clock';

type RosterShiftView = RosterDetail['shifts'][number];

interface RosterGridProps {
  roster: RosterDetail;
  canEdit: boolean;
  onEditShift: (shift: RosterShiftView) => void;
}

const dayBackground = (dayType: string | undefined) =>
  dayType === 'holiday' ? 'yellow.1' : dayType === 'weekend' ? 'gray.1' : undefined;

/** The month as a grid: one row per day, one column per line; unfilled shifts in red, weekends and holidays shaded. */
export function RosterGrid({ roster, canEdit, onEditShift }: RosterGridProps) {
  const { t } = useTranslation();
  const { formatTime, formatDay } = useMoroccoClock();
  const names = new Map(roster.staff.map((person) => [person.staffId, person.name]));
  const days = [...new Set(roster.shifts.map((shift) => shift.day))].sort();
  const cell = (shift: RosterShiftView) => {
    const label = shift.staffId ? (names.get(shift.staffId) ?? '?') : t('rosters.gap');
    const times = `${formatTime(shift.startsAt)}–${formatTime(shift.endsAt)}`;
    const content = (
      <Text size="sm" c={shift.staffId ? undefined : 'red.8'} fw={shift.staffId ? undefined : 700} title={times}>
        {label}
      </Text>
    );
    return canEdit ? (
      <UnstyledButton
        key={shift.id}
        display="block"
        w="100%"
        px={4}
        aria-label={`${shift.day} ${times} ${label}`}
        onClick={() => onEditShift(shift)}
      >
        {content}
      </UnstyledButton>
    ) : (
      <div key={shift.id}>{content}</div>
    );
  };
  return (
    <Table.ScrollContainer minWidth={240 + roster.lines.length * 160}>
      <Table withTableBorder withColumnBorders stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('rosters.day')}</Table.Th>
            {roster.lines.map((line) => (
              <Table.Th key={line.id}>
                {line.name}{' '}
                <Text span size="xs" c="dimmed">
                  ({t(`rosters.lines.${line.kind}`)})
                </Text>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {days.map((day) => {
            const ofDay = roster.shifts.filter((shift) => shift.day === day);
            return (
              <Table.Tr key={day} bg={dayBackground(ofDay[0]?.dayType)}>
                <Table.Td>{formatDay(day)}</Table.Td>
                {roster.lines.map((line) => {
                  const shifts = ofDay.filter((shift) => shift.lineId === line.id);
                  const hasGap = shifts.some((shift) => shift.staffId === null);
                  return (
                    <Table.Td key={line.id} bg={hasGap ? 'red.1' : undefined}>
                      {shifts.map(cell)}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
