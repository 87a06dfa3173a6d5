import { Badge, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { StaffLeaveDetail } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { useCancelStaffLeave } from '../api/use-staff-writes';
import { LeaveForm } from './leave-form';
import { staffErrorMessage } from './rule-error';

interface LeavesPanelProps {
  staffMemberId: string;
  leaves: readonly StaffLeaveDetail[];
  canManage: boolean;
}

/** Leave and absences, cancelled ones struck through; HR records and cancels them here. */
export function LeavesPanel({ staffMemberId, leaves, canManage }: LeavesPanelProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const cancel = useCancelStaffLeave(staffMemberId);
  return (
    <Card withBorder component="section" aria-label={t('staff.leaves')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('staff.leaves')}
        </Title>
        {leaves.length === 0 && <Text c="dimmed">{t('staff.noLeaves')}</Text>}
        {leaves.length > 0 && (
          <Table>
            <Table.Tbody>
              {leaves.map((leave) => (
                <Table.Tr key={leave.id} td={leave.cancelledAt ? 'line-through' : undefined}>
                  <Table.Td>{t(`staff.leaveKinds.${leave.kind}`)}</Table.Td>
                  <Table.Td>
                    {formatDate(leave.startsOn)} – {formatDate(leave.endsOn)}
                  </Table.Td>
                  <Table.Td>{leave.note}</Table.Td>
                  <Table.Td>
                    {leave.cancelledAt ? (
                      <Badge color="gray" variant="light">
                        {t('staff.cancelled')}
                      </Badge>
                    ) : (
                      canManage && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() =>
                            cancel.mutate(leave.id, {
                              onError: (error) =>
                                notifications.show({ color: 'red', message: staffErrorMessage(error, t) }),
                            })
                          }
                        >
                          {t('staff.cancel')}
                        </Button>
                      )
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canManage && <LeaveForm staffMemberId={staffMemberId} />}
      </Stack>
    </Card>
  );
}
