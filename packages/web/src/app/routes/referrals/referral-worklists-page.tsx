import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { ReferralWorklists } from '../../../features/referrals';

const route = getRouteApi('/_app/referrals');

/** The referral worklists of the user's establishments. */
export function ReferralWorklistsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <>
      <PageTitle title={t('referrals.worklist.title')} subtitle={t('referrals.worklist.subtitle')} />
      <ReferralWorklists filters={search} onFiltersChange={(filters) => void navigate({ search: filters })} />
    </>
  );
}
