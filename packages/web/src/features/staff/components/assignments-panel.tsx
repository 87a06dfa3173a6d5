import { Badge, Button, Card, Group, Progress, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { StaffAssignmentDetail } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { useEndStaffAssignment } from '../api/use-staff-writes';
import { AssignmentForm } from './assignment-form';
import { staffErrorMessage } from './rule-error';
import { useStaffLabels } from './use-staff-labels';

interface AssignmentsPanelProps {
  gstId: string;
  staffMemberId: string;
  assignments: readonly StaffAssignmentDetail[];
  canManage: boolean;
}

function EndAssignment({ staffMemberId, assignmentId }: { staffMemberId: string; assignmentId: string }) {
  const { t } = useTranslation();
  const end = useEndStaffAssignment(staffMemberId);
  const [validTo, setValidTo] = useState('');
  return (
    <Group gap={4} wrap="nowrap">
      <TextInput
        type="date"
        size="xs"
        aria-label={t('staff.endOn')}
        value={validTo}
        onChange={(event) => setValidTo(event.currentTarget.value)}
      />
      <Button
        size="xs"
        variant="light"
        disabled={validTo === ''}
        loading={end.isPending}
        onClick={() =>
          end.mutate(
            { assignmentId, validTo },
            { onError: (error) => notifications.show({ color: 'red', message: staffErrorMessage(error, t) }) },
          )
        }
      >
        {t('staff.end')}
      </Button>
    </Group>
  );
}

/** The assignments, oldest first, with their time share as a bar; HR adds and ends them here. */
export function AssignmentsPanel({ gstId, staffMemberId, assignments, canManage }: AssignmentsPanelProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const labels = useStaffLabels();
  return (
    <Card withBorder component="section" aria-label={t('staff.assignments')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('staff.assignments')}
        </Title>
        {assignments.length === 0 && <Text c="dimmed">{t('staff.noAssignments')}</Text>}
        {assignments.length > 0 && (
          <Table.ScrollContainer minWidth={700}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('staff.establishmentId')}</Table.Th>
                  <Table.Th>{t('staff.service')}</Table.Th>
                  <Table.Th>{t('staff.timeShare')}</Table.Th>
                  <Table.Th>{t('staff.from')}</Table.Th>
                  <Table.Th>{t('staff.to')}</Table.Th>
                  {canManage && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {assignments.map((assignment) => (
                  <Table.Tr key={assignment.id}>
                    <Table.Td>
                      <Group gap={6}>
                        <Badge size="sm" variant={assignment.kind === 'primary' ? 'filled' : 'light'}>
                          {t(`staff.kinds.${assignment.kind}`)}
                        </Badge>
                        {labels.establishmentName(assignment.establishment)}
                      </Group>
                    </Table.Td>
                    <Table.Td>{labels.specialtyName(assignment.specialtyCode)}</Table.Td>
                    <Table.Td miw={120}>
                      <Text size="sm">{assignment.timeShare} %</Text>
                      <Progress value={assignment.timeShare} size="sm" aria-hidden />
                    </Table.Td>
                    <Table.Td>{formatDate(assignment.validFrom)}</Table.Td>
                    <Table.Td>{assignment.validTo ? formatDate(assignment.validTo) : t('staff.openEnded')}</Table.Td>
                    {canManage && (
                      <Table.Td>
                        <EndAssignment staffMemberId={staffMemberId} assignmentId={assignment.id} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canManage && <AssignmentForm gstId={gstId} staffMemberId={staffMemberId} />}
      </Stack>
    </Card>
  );
}
