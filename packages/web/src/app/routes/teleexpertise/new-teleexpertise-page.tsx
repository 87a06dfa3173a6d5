import { Alert, Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import { TeleexpertiseRequestForm } from '../../../features/teleexpertise';
import { ForbiddenNotice } from '../forbidden-notice';
import { useClinicianEstablishments } from './use-clinician-establishments';

const route = getRouteApi('/_app/teleexpertise/new');

/** Asking for advice about a patient (opened from the patient's page). */
export function NewTeleexpertisePage() {
  const { t } = useTranslation();
  const { gst } = useSession();
  const { patientId } = route.useSearch();
  const navigate = useNavigate();
  const origins = useClinicianEstablishments();
  if (origins.length === 0) {
    return <ForbiddenNotice />;
  }
  return (
    <Stack gap="md">
      <PageTitle title={t('teleexpertise.form.title')} />
      {patientId ? (
        <TeleexpertiseRequestForm
          patientId={patientId}
          gstId={gst.id}
          origins={origins}
          onCreated={(id) => void navigate({ to: '/teleexpertise/$id', params: { id } })}
        />
      ) : (
        <Alert color="yellow">{t('teleexpertise.form.noPatient')}</Alert>
      )}
    </Stack>
  );
}
