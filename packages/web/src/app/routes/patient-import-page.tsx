import { Divider, Stack } from '@mantine/core';
import { canManagePatientIdentities, establishmentsWhereActor } from '@tansiq/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel';
import { PageTitle } from '../../components/page-title';
import { useSession } from '../../features/auth';
import {
  PatientImportHistory,
  PatientImportPanel,
  useImportEstablishments,
  type ImportEstablishmentOption,
} from '../../features/patient-imports';
import { localizedName } from '../../lib/localized-name';
import { useLanguage } from '../../lib/use-language';
import { ForbiddenNotice } from './forbidden-notice';

/**
 * Import of an establishment's legacy patient file into the regional index (issue #3 §7): the GST's identity
 * managers import for any establishment, an establishment's administrator for their own.
 */
export function PatientImportPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { actor, gst } = useSession();
  const managesIdentities = canManagePatientIdentities(actor, gst.id);
  const ownEstablishments = establishmentsWhereActor(actor, ['establishment_admin'], gst.id);
  const allowed = managesIdentities || ownEstablishments.length > 0;
  const establishments = useImportEstablishments(gst.id, managesIdentities ? 'all' : ownEstablishments);
  const [jobId, setJobId] = useState<string | null>(null);

  const options = useMemo<ImportEstablishmentOption[]>(
    () =>
      (establishments.data ?? [])
        .map((establishment) => ({
          value: establishment.id,
          label: `${localizedName(establishment, language)} (${establishment.code})`,
          searchText: `${establishment.nameFr} ${establishment.nameAr ?? ''} ${establishment.code}`,
        }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [establishments.data, language],
  );

  if (!allowed) {
    return <ForbiddenNotice />;
  }
  return (
    <Stack gap="lg">
      <PageTitle title={t('patientImport.title')} subtitle={t('patientImport.subtitle')} />
      {establishments.isError && (
        <ErrorPanel error={establishments.error} onRetry={() => void establishments.refetch()} />
      )}
      <PatientImportPanel
        establishments={options}
        establishmentsLoading={establishments.isPending}
        jobId={jobId}
        onJobChange={setJobId}
        canReviewPairs={managesIdentities}
      />
      <Divider />
      <PatientImportHistory
        gstId={gst.id}
        onOpen={(id) => {
          setJobId(id);
          window.scrollTo({ top: 0, behavior: 'smooth' });
        }}
      />
    </Stack>
  );
}
