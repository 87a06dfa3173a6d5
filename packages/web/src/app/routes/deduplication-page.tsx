import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';

/** Batch deduplication runs of the regional index (being built, issue #3). */
export function DeduplicationPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('nav.deduplication')} />;
}
