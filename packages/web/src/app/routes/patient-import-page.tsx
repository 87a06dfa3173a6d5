import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';

/** Import of an establishment's legacy patient file (being built, issue #3). */
export function PatientImportPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('nav.patientImport')} />;
}
