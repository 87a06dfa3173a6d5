import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';

/** Side-by-side comparison of two patients that may be one person (being built, issue #3). */
export function DuplicatePairPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('nav.duplicates')} />;
}
