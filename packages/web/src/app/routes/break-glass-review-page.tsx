import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';

/** The data-protection officer's review of break-the-glass accesses (being built, issue #3). */
export function BreakGlassReviewPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('nav.breakGlassReview')} />;
}
