import { Badge } from '@mantine/core';
import type { ApprovalStatus } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';

export const approvalStatusColors: Record<ApprovalStatus, string> = {
  draft: 'gray',
  pending: 'blue',
  returned: 'orange',
  approved: 'teal',
  rejected: 'red',
  withdrawn: 'gray',
};

/** A request's status. */
export function ApprovalStatusBadge({ status }: { status: ApprovalStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={approvalStatusColors[status]} variant="light">
      {t(`approvals.status.${status}`)}
    </Badge>
  );
}

/** A step (or request) past its due date. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="red" variant="filled" size="sm">
      {t('approvals.overdue')}
    </Badge>
  );
}
