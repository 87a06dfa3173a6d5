import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';

/** A patient's record and timeline (being built, issue #3). */
export function PatientPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('nav.patients')} />;
}
