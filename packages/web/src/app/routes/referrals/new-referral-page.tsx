import { Alert, Group, Text } from '@mantine/core';
import { formatRegionalPatientId, type ReferralPrefill } from '@tansiq/domain';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { BackArrow } from '../../../components/back-arrow';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { patientName, usePatientRecord } from '../../../features/patients';
import { ReferralForm } from '../../../features/referrals';
import { useTeleexpertise } from '../../../features/teleexpertise';
import { useLanguage } from '../../../lib/use-language';

const route = getRouteApi('/_app/referrals/new');

/** Writing a referral for a patient, reached from the patient's page. */
export function NewReferralPage() {
  const { t } = useTranslation();
  const { patientId, fromTeleexpertise } = route.useSearch();
  if (!patientId) {
    return <Alert color="orange">{t('referrals.form.noPatient')}</Alert>;
  }
  return fromTeleexpertise ? (
    <NewReferralFromTeleexpertise patientId={patientId} teleexpertiseId={fromTeleexpertise} />
  ) : (
    <NewReferralFor patientId={patientId} />
  );
}

/** The referral a tele-expertise answer converts to: the form starts from the answer's prefilled content. */
function NewReferralFromTeleexpertise({ patientId, teleexpertiseId }: { patientId: string; teleexpertiseId: string }) {
  const request = useTeleexpertise(teleexpertiseId);
  if (request.isPending) {
    return <PageLoader />;
  }
  if (request.isError) {
    return <ErrorPanel error={request.error} onRetry={() => void request.refetch()} />;
  }
  return <NewReferralFor patientId={patientId} prefill={request.data.referralPrefill ?? undefined} />;
}

function NewReferralFor({ patientId, prefill }: { patientId: string; prefill?: ReferralPrefill | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const record = usePatientRecord(patientId);
  if (record.isPending) {
    return <PageLoader />;
  }
  if (record.isError) {
    return <ErrorPanel error={record.error} onRetry={() => void record.refetch()} />;
  }
  return (
    <>
      <Text size="sm" mb="sm">
        <AnchorLink to="/patients/$patientId" params={{ patientId }}>
          <BackArrow />
          {t('referrals.form.backToPatient')}
        </AnchorLink>
      </Text>
      <PageTitle
        title={t('referrals.form.title')}
        subtitle={
          <Group gap="xs" component="span">
            <span>{patientName(record.data, language)}</span>
            <span dir="ltr">{formatRegionalPatientId(record.data.regionalId)}</span>
          </Group>
        }
      />
      <ReferralForm
        patientId={record.data.id}
        prefill={prefill}
        onCreated={(referral) => void navigate({ to: '/referrals/$referralId', params: { referralId: referral.id } })}
      />
    </>
  );
}
