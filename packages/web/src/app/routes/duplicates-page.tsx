import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';

/** The review queue of possible duplicate patients (being built, issue #3). */
export function DuplicatesPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('nav.duplicates')} />;
}
