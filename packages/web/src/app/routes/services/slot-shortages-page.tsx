import { NativeSelect } from '@mantine/core';
import { canViewSlotShortages } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyResult } from '../../../components/empty-result';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import { SlotShortageTable, useSlotShortages } from '../../../features/services';
import { ForbiddenNotice } from '../forbidden-notice';

/** The slot shortage worklist: services whose demand over the coming weeks exceeds their sessions. */
export function SlotShortagesPage() {
  const { t } = useTranslation();
  const { actor, gst } = useSession();
  const allowed = canViewSlotShortages(actor, gst.id);
  const [weeks, setWeeks] = useState(4);
  const shortages = useSlotShortages(gst.id, weeks, allowed);
  if (!allowed) {
    return <ForbiddenNotice />;
  }
  return (
    <>
      <PageTitle
        title={t('services.shortage.title')}
        subtitle={t('services.shortage.subtitle')}
        actions={
          <NativeSelect
            aria-label={t('services.shortage.weeks')}
            value={String(weeks)}
            onChange={(event) => setWeeks(Number(event.currentTarget.value))}
            data={[2, 4, 8, 12].map((count) => ({
              value: String(count),
              label: t('services.shortage.weeksOption', { count }),
            }))}
          />
        }
      />
      {shortages.isPending && <PageLoader />}
      {shortages.isError && <ErrorPanel error={shortages.error} onRetry={() => void shortages.refetch()} />}
      {shortages.data?.length === 0 && <EmptyResult title={t('services.shortage.empty')} />}
      {shortages.data && shortages.data.length > 0 && <SlotShortageTable shortages={shortages.data} />}
    </>
  );
}
