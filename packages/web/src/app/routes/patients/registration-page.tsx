import { notifications } from '@mantine/notifications';
import { formatRegionalPatientId } from '@tansiq/domain';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { RegistrationDesk } from '../../../features/patients';

/** The registration desk: search the regional index before creating, then register the patient here (issue #3 §4). */
export function RegistrationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const openPatient = (patientId: string) => void navigate({ to: '/patients/$patientId', params: { patientId } });

  return (
    <>
      <PageTitle title={t('patients.registration.title')} subtitle={t('patients.registration.subtitle')} />
      <RegistrationDesk
        onOpen={openPatient}
        onRegistered={(patientId, created) => {
          notifications.show({
            color: 'teal',
            message: created
              ? t('patients.registration.created', { regionalId: formatRegionalPatientId(created.regionalId) })
              : t('patients.registration.registered'),
          });
          openPatient(patientId);
        }}
      />
    </>
  );
}
