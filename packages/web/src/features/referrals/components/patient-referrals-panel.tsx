import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowForwardUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { ButtonLink } from '../../../components/button-link';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { usePatientReferrals } from '../api/use-patient-referrals';
import { ReferralStatusBadge, UrgencyBadge } from './referral-status-badge';
import { specialtyName } from './specialty-name';

interface PatientReferralsPanelProps {
  patientId: string;
  /** Whether the user may write a referral (a physician or nurse): shows the "Refer" button. */
  canRefer: boolean;
}

/** The patient's referrals on their page, newest first, with a button to write a new one. */
export function PatientReferralsPanel({ patientId, canRefer }: PatientReferralsPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDate } = useFormatters();
  const referrals = usePatientReferrals(patientId);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="patient-referrals-title">
      <Group justify="space-between" mb="sm" gap="sm">
        <Title order={2} size="h4" id="patient-referrals-title">
          {t('referrals.patient.title')}
        </Title>
        {canRefer && (
          <ButtonLink
            to="/referrals/new"
            search={{ patientId }}
            size="xs"
            leftSection={<IconArrowForwardUp size={14} />}
          >
            {t('referrals.patient.refer')}
          </ButtonLink>
        )}
      </Group>
      {referrals.isPending && <PageLoader />}
      {referrals.isError && <ErrorPanel error={referrals.error} onRetry={() => void referrals.refetch()} />}
      {referrals.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('referrals.patient.empty')}
        </Text>
      )}
      <Stack gap="xs">
        {referrals.data?.map((referral) => (
          <Group key={referral.id} gap="xs" wrap="wrap" justify="space-between">
            <Group gap="xs" wrap="wrap">
              <AnchorLink to="/referrals/$referralId" params={{ referralId: referral.id }} size="sm" fw={600} dir="ltr">
                {referral.number}
              </AnchorLink>
              <Text size="sm">
                {specialtyName(referral.specialtyCode, language)} · {localizedName(referral.destination, language)}
              </Text>
            </Group>
            <Group gap={6} wrap="nowrap">
              {referral.urgency !== 'routine' && <UrgencyBadge urgency={referral.urgency} />}
              <ReferralStatusBadge status={referral.status} />
              <Text size="xs" c="dimmed">
                {formatDate(referral.sentAt ?? referral.updatedAt)}
              </Text>
            </Group>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
