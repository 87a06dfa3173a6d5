import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { canManageRegistry } from '@tansiq/domain';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import { EstablishmentForm } from '../../../features/establishments';
import { ForbiddenNotice } from '../forbidden-notice';

/** Registers a new establishment in the GST (the GST follows from the province). */
export function NewEstablishmentPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { actor, gst } = useSession();
  if (!canManageRegistry(actor, { gstId: gst.id })) {
    return <ForbiddenNotice />;
  }
  return (
    <Stack gap="md">
      <PageTitle title={t('form.newTitle')} />
      <EstablishmentForm
        regionCode={gst.regionCode}
        canChangeIdentity
        onCancel={() => void navigate({ to: '/establishments', search: { page: 1 } })}
        onSaved={(created) => {
          notifications.show({ color: 'teal', message: t('form.created') });
          void navigate({ to: '/establishments/$establishmentId', params: { establishmentId: created.id } });
        }}
      />
    </Stack>
  );
}
