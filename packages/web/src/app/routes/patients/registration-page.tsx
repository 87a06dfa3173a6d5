import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';

/** Search-before-create registration desk (being built, issue #3). */
export function RegistrationPage() {
  const { t } = useTranslation();
  return <PageTitle title={t('nav.patients')} />;
}
