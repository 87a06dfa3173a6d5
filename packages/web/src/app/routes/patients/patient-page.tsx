import { Alert, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconEdit, IconGitMerge, IconMessages } from '@tabler/icons-react';
import {
  canBreakGlass,
  canManagePatientIdentities,
  clinicalRoles,
  establishmentsWhereActor,
  formatRegionalPatientId,
} from '@tansiq/domain';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { BackArrow } from '../../../components/back-arrow';
import { ButtonLink } from '../../../components/button-link';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { useSession } from '../../../features/auth';
import { BreakGlassBanner, BreakGlassDialog } from '../../../features/break-glass';
import { PatientMergesPanel } from '../../../features/duplicates';
import { PatientTimeline } from '../../../features/encounters';
import {
  EditPatientModal,
  IdentityCard,
  PatientHeader,
  PatientNoAccess,
  RegistrationsTable,
  usePatientRecord,
  VersionHistory,
} from '../../../features/patients';
import { PatientReferralsPanel, referralOrigins } from '../../../features/referrals';
import { isApiError } from '../../../lib/api-error';

const route = getRouteApi('/_app/patients/$patientId');

/**
 * A patient's record: identity, registrations across the GST, the shared timeline of care, the history of the
 * identity and, for identity managers, the merges. Without a care relationship the server answers 404; a clinician may
 * then break the glass.
 */
export function PatientPage() {
  const { t } = useTranslation();
  const { patientId } = route.useParams();
  const { me, actor, gst } = useSession();
  const record = usePatientRecord(patientId);
  const [breakGlassOpened, breakGlass] = useDisclosure(false);
  const [editOpened, edit] = useDisclosure(false);
  const { refetch } = record;
  // Stable: the break-the-glass banner schedules its end with it.
  const reload = useCallback(() => void refetch(), [refetch]);

  const backLink = (
    <Text size="sm" mb="sm">
      <AnchorLink to="/patients">
        <BackArrow />
        {t('patients.page.back')}
      </AnchorLink>
    </Text>
  );

  if (record.isPending) {
    return <PageLoader />;
  }
  if (record.isError) {
    if (!(isApiError(record.error) && record.error.status === 404)) {
      return <ErrorPanel error={record.error} onRetry={reload} />;
    }
    return (
      <Stack gap="md">
        {backLink}
        <PatientNoAccess canBreakGlass={canBreakGlass(actor, gst.id)} onBreakGlass={breakGlass.open} />
        <BreakGlassDialog
          patientId={patientId}
          opened={breakGlassOpened}
          onClose={breakGlass.close}
          onStarted={() => {
            breakGlass.close();
            reload();
          }}
        />
      </Stack>
    );
  }

  const current = record.data;
  const { access } = current;
  return (
    <Stack gap="md">
      {backLink}
      {current.id !== patientId && (
        <Alert color="grape" icon={<IconGitMerge size={18} />}>
          {t('patients.page.mergedInto', { regionalId: formatRegionalPatientId(current.regionalId) })}
        </Alert>
      )}
      <PatientHeader record={current} />
      {access.clinical && establishmentsWhereActor(actor, clinicalRoles, current.gstId).length > 0 && (
        <Group>
          <ButtonLink
            to="/teleexpertise/new"
            search={{ patientId: current.id }}
            size="xs"
            variant="light"
            leftSection={<IconMessages size={14} />}
          >
            {t('teleexpertise.ask')}
          </ButtonLink>
        </Group>
      )}
      {access.basis === 'break_glass' && access.breakGlassExpiresAt && (
        <BreakGlassBanner
          patientId={current.id}
          expiresAt={access.breakGlassExpiresAt}
          breakGlassId={access.breakGlassId}
          onEnded={reload}
        />
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <IdentityCard
            patient={current}
            actions={
              // Break-the-glass opens a record to read it in an emergency, not to change the identity.
              access.basis !== 'break_glass' && (
                <Button size="xs" variant="light" leftSection={<IconEdit size={14} />} onClick={edit.open}>
                  {t('common.edit')}
                </Button>
              )
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <RegistrationsTable record={current} />
        </Grid.Col>
      </Grid>
      {access.basis !== 'break_glass' && (
        <PatientReferralsPanel patientId={current.id} canRefer={referralOrigins(me, actor, current.gstId).length > 0} />
      )}
      <PatientTimeline
        patientId={current.id}
        clinical={access.clinical}
        gstId={current.gstId}
        onEncounterRecorded={reload}
      />
      <VersionHistory patientId={current.id} regionalId={current.regionalId} regionCode={gst.regionCode} />
      {canManagePatientIdentities(actor, current.gstId) && <PatientMergesPanel patientId={current.id} />}
      {access.basis !== 'break_glass' && (
        <EditPatientModal
          record={current}
          regionCode={gst.regionCode}
          opened={editOpened}
          onClose={edit.close}
          onReload={reload}
        />
      )}
    </Stack>
  );
}
