import { Badge } from '@mantine/core';
import type { ReferralStatus, ReferralUrgency } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';

export const statusColors: Record<ReferralStatus, string> = {
  draft: 'gray',
  sent: 'blue',
  accepted: 'teal',
  declined: 'red',
  waitlisted: 'yellow',
  booked: 'indigo',
  attended: 'cyan',
  no_show: 'orange',
  counter_referred: 'grape',
  closed: 'green',
  cancelled: 'gray',
};

const urgencyColors: Record<ReferralUrgency, string> = { routine: 'gray', urgent: 'orange', emergency: 'red' };

/** Where a referral stands in its loop. */
export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light" style={{ flexShrink: 0 }}>
      {t(`referrals.status.${status}`)}
    </Badge>
  );
}

/** How urgent a referral is: routine is quiet, urgent orange, emergency red. */
export function UrgencyBadge({ urgency }: { urgency: ReferralUrgency }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={urgencyColors[urgency]}
      variant={urgency === 'emergency' ? 'filled' : 'outline'}
      style={{ flexShrink: 0 }}
    >
      {t(`referrals.urgency.${urgency}`)}
    </Badge>
  );
}
