import { Stack } from '@mantine/core';
import { canManageRegistry } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';
import { useSession } from '../../features/auth';
import { establishmentTemplateUrl } from '../../features/establishments';
import { ImportPanel } from '../../features/imports';
import { ForbiddenNotice } from './forbidden-notice';

/** Bulk registration or update of establishments from a CSV file: all rows or nothing. */
export function ImportPage() {
  const { t } = useTranslation();
  const { actor, gst } = useSession();
  if (!canManageRegistry(actor, { gstId: gst.id })) {
    return <ForbiddenNotice />;
  }
  return (
    <Stack gap={0}>
      <PageTitle title={t('import.title')} subtitle={t('import.subtitle')} />
      <ImportPanel gstId={gst.id} templateUrl={establishmentTemplateUrl} />
    </Stack>
  );
}
