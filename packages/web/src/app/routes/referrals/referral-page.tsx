import { Alert, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { BackArrow } from '../../../components/back-arrow';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { ReferralDetail, useReferral } from '../../../features/referrals';
import { isApiError } from '../../../lib/api-error';

const route = getRouteApi('/_app/referrals/$referralId');

/** One referral: its loop, content, timers, documents and the steps this user may take now. */
export function ReferralPage() {
  const { t } = useTranslation();
  const { referralId } = route.useParams();
  const referral = useReferral(referralId);
  return (
    <>
      <Text size="sm" mb="sm">
        <AnchorLink to="/referrals" search={{ page: 1 }}>
          <BackArrow />
          {t('referrals.page.back')}
        </AnchorLink>
      </Text>
      {referral.isPending && <PageLoader />}
      {/* A referral is patient data: outside its two care teams the server answers 404, even to whoever was told it is late. */}
      {referral.isError && isApiError(referral.error) && referral.error.status === 404 && (
        <Alert color="gray" title={t('referrals.page.notVisibleTitle')}>
          {t('referrals.page.notVisible')}
        </Alert>
      )}
      {referral.isError && !(isApiError(referral.error) && referral.error.status === 404) && (
        <ErrorPanel error={referral.error} onRetry={() => void referral.refetch()} />
      )}
      {referral.data && <ReferralDetail referral={referral.data} />}
    </>
  );
}
