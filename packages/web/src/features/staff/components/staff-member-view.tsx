import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { StaffMemberDetail } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../auth';
import { AssignmentsPanel } from './assignments-panel';
import { HistoryPanel } from './history-panel';
import { IdentityCard } from './identity-card';
import { LeavesPanel } from './leaves-panel';
import { useStaffLabels } from './use-staff-labels';

/** A staff member's page: the directory card for colleagues, the whole record for HR and the person themself. */
export function StaffMemberView({ detail }: { detail: StaffMemberDetail }) {
  const { t } = useTranslation();
  const { gst } = useSession();
  const labels = useStaffLabels();
  if (detail.view === 'directory') {
    const { entry } = detail;
    return (
      <>
        <PageTitle title={labels.personName(entry)} subtitle={labels.role(entry)} />
        <Card withBorder>
          <Group>
            <Text ff="monospace">{entry.staffId}</Text>
            <Badge variant="light" color="gray">
              {t('staff.directoryOnly')}
            </Badge>
          </Group>
        </Card>
      </>
    );
  }
  const { member } = detail;
  const hr = detail.editScope === 'all';
  return (
    <>
      <PageTitle
        title={labels.personName(member)}
        subtitle={`${labels.role(member)} · ${member.staffId}`}
        actions={
          <Text size="sm" c="dimmed">
            {t('staff.version', { version: member.version })}
          </Text>
        }
      />
      <Stack gap="md">
        <IdentityCard detail={detail} />
        <AssignmentsPanel gstId={gst.id} staffMemberId={member.id} assignments={detail.assignments} canManage={hr} />
        <LeavesPanel staffMemberId={member.id} leaves={detail.leaves} canManage={hr} />
        <HistoryPanel staffMemberId={member.id} />
      </Stack>
    </>
  );
}
