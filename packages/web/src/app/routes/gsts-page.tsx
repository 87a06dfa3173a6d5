import { Card } from '@mantine/core';
import { canManageNationalUsers, type Gst } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel';
import { PageLoader } from '../../components/page-loader';
import { PageTitle } from '../../components/page-title';
import { useSession } from '../../features/auth';
import { EditGstModal, GstTable, useGsts } from '../../features/gsts';

/** The national level: the twelve GSTs, their start and their data-protection references. */
export function GstsPage() {
  const { t } = useTranslation();
  const { actor } = useSession();
  const gsts = useGsts();
  const [editing, setEditing] = useState<Gst | null>(null);
  if (gsts.isPending) {
    return <PageLoader />;
  }
  if (gsts.isError) {
    return <ErrorPanel error={gsts.error} />;
  }
  return (
    <>
      <PageTitle title={t('gsts.title')} subtitle={t('gsts.subtitle')} />
      <Card withBorder padding="md">
        <GstTable gsts={gsts.data} canEdit={canManageNationalUsers(actor)} onEdit={setEditing} />
      </Card>
      {editing && <EditGstModal gst={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
