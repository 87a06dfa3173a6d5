import { Alert, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import { MyIncentiveStatements } from '../../../features/incentives';
import { StaffMemberView, useStaffMember } from '../../../features/staff';
import { isApiError } from '../../../lib/api-error';

const route = getRouteApi('/_app/staff/$staffMemberId');

/** One staff member: identity, assignments, leave and history (or the directory card). */
export function StaffMemberPage() {
  const { staffMemberId } = route.useParams();
  const { gst } = useSession();
  const member = useStaffMember(gst.id, staffMemberId);
  if (member.isPending) {
    return <PageLoader />;
  }
  if (member.isError) {
    return <ErrorPanel error={member.error} onRetry={() => void member.refetch()} />;
  }
  return <StaffMemberView detail={member.data} />;
}

/** "My record": the signed-in user's own staff record, if their account is linked to one. */
export function MyStaffRecordPage() {
  const { t } = useTranslation();
  const { gst } = useSession();
  const member = useStaffMember(gst.id, 'me');
  if (member.isPending) {
    return <PageLoader />;
  }
  if (member.isError) {
    return isApiError(member.error) && member.error.code === 'not_found' ? (
      <>
        <PageTitle title={t('staff.myRecord.title')} />
        <Alert color="blue">{t('staff.myRecord.none')}</Alert>
      </>
    ) : (
      <ErrorPanel error={member.error} onRetry={() => void member.refetch()} />
    );
  }
  return (
    <Stack>
      <StaffMemberView detail={member.data} />
      <MyIncentiveStatements gstId={gst.id} />
    </Stack>
  );
}
