import { Group, Stack, Text, Title } from '@mantine/core';
import { formatRegionalPatientId, type Referral } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { ReferralStatusBadge, UrgencyBadge } from './referral-status-badge';
import { specialtyName } from './specialty-name';

/** The referral's number, status, urgency, specialty, patient (linked to their record) and sender. */
export function ReferralHeader({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDateTime } = useFormatters();
  return (
    <Stack gap={4}>
      <Group gap="sm" wrap="wrap">
        <Title order={1} size="h2" dir="ltr">
          {referral.number}
        </Title>
        <ReferralStatusBadge status={referral.status} />
        <UrgencyBadge urgency={referral.urgency} />
      </Group>
      <Text size="sm">
        {t('referrals.page.specialty', { specialty: specialtyName(referral.specialtyCode, language) })}
      </Text>
      <Group gap="xs" wrap="wrap">
        <Text size="sm">{t('referrals.page.patient')}</Text>
        <AnchorLink to="/patients/$patientId" params={{ patientId: referral.patient.id }} size="sm" fw={600}>
          {referral.patient.displayName}
        </AnchorLink>
        <Text size="sm" c="dimmed" dir="ltr">
          {formatRegionalPatientId(referral.patient.regionalId)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {referral.sentAt
          ? t('referrals.page.sentBy', { name: referral.sender.displayName, date: formatDateTime(referral.sentAt) })
          : t('referrals.page.draftBy', { name: referral.sender.displayName })}
      </Text>
    </Stack>
  );
}
