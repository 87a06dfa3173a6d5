import { Button, Grid, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import {
  ReferralPrefillCard,
  TeleconsultationBooking,
  TeleconsultationChanges,
  TeleconsultationReportForm,
  TeleexpertiseAnswerForm,
  TeleexpertiseDetails,
  useTeleexpertise,
  useTeleexpertiseWrites,
} from '../../../features/teleexpertise';

const route = getRouteApi('/_app/teleexpertise/$id');

/** A tele-expertise request: its content, and the step the user may take now (answer, cancel, book, report). */
export function TeleexpertiseRequestPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const request = useTeleexpertise(id);
  const { cancel } = useTeleexpertiseWrites(id);
  if (request.isPending) {
    return <PageLoader />;
  }
  if (request.isError) {
    return <ErrorPanel error={request.error} onRetry={() => void request.refetch()} />;
  }
  const teleexpertise = request.data;
  const allowed = (action: (typeof teleexpertise.allowedActions)[number]) =>
    teleexpertise.allowedActions.includes(action);
  return (
    <Stack gap="md">
      <AnchorLink to="/teleexpertise">{t('teleexpertise.request.back')}</AnchorLink>
      <PageTitle
        title={`${teleexpertise.number} · ${teleexpertise.patient.displayName}`}
        subtitle={teleexpertise.patient.regionalId}
        actions={
          allowed('cancel') && (
            <Button
              variant="light"
              color="red"
              loading={cancel.isPending}
              onClick={() => cancel.mutate(teleexpertise.version)}
            >
              {t('teleexpertise.request.cancel')}
            </Button>
          )
        }
      />
      {cancel.isError && <ErrorPanel error={cancel.error} />}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <TeleexpertiseDetails teleexpertise={teleexpertise} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            {allowed('answer') && <TeleexpertiseAnswerForm teleexpertise={teleexpertise} />}
            {teleexpertise.referralPrefill && <ReferralPrefillCard prefill={teleexpertise.referralPrefill} />}
            {allowed('book_teleconsultation') && <TeleconsultationBooking teleexpertise={teleexpertise} />}
            {(allowed('cancel_teleconsultation') || allowed('teleconsultation_no_show')) && (
              <TeleconsultationChanges teleexpertise={teleexpertise} />
            )}
            {allowed('report_teleconsultation') && teleexpertise.appointment && (
              <TeleconsultationReportForm
                teleexpertiseId={teleexpertise.id}
                appointmentId={teleexpertise.appointment.id}
              />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
