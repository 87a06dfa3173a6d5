import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { canEditEstablishmentDetails, canManageRegistry } from '@tansiq/domain';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { BackArrow } from '../../../components/back-arrow';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import { EstablishmentForm, useEstablishment } from '../../../features/establishments';
import { ForbiddenNotice } from '../forbidden-notice';

const route = getRouteApi('/_app/establishments/$establishmentId/edit');

/** Edits an establishment; identity fields are locked for users who may only edit details. */
export function EditEstablishmentPage() {
  const { t } = useTranslation();
  const { establishmentId } = route.useParams();
  const navigate = useNavigate();
  const { actor, gst } = useSession();
  const establishment = useEstablishment(establishmentId);
  // Bumped after a 409 reload so the form starts again from the current version.
  const [formKey, setFormKey] = useState(0);

  if (establishment.isPending) {
    return <PageLoader />;
  }
  if (establishment.isError) {
    return <ErrorPanel error={establishment.error} onRetry={() => void establishment.refetch()} />;
  }
  const current = establishment.data;
  const target = { gstId: current.gstId, provinceCode: current.province.code, establishmentId: current.id };
  if (!canEditEstablishmentDetails(actor, target)) {
    return <ForbiddenNotice />;
  }
  const goToPage = () => void navigate({ to: '/establishments/$establishmentId', params: { establishmentId } });

  return (
    <Stack gap="md">
      <Text size="sm">
        <AnchorLink to="/establishments/$establishmentId" params={{ establishmentId }}>
          <BackArrow />
          {current.nameFr}
        </AnchorLink>
      </Text>
      <PageTitle title={t('form.editTitle')} subtitle={`${current.code} · ${current.nameFr}`} />
      <EstablishmentForm
        key={formKey}
        regionCode={gst.regionCode}
        establishment={current}
        canChangeIdentity={canManageRegistry(actor, target)}
        onCancel={goToPage}
        onReload={() => void establishment.refetch().then(() => setFormKey((key) => key + 1))}
        onSaved={() => {
          notifications.show({ color: 'teal', message: t('form.saved') });
          goToPage();
        }}
      />
    </Stack>
  );
}
