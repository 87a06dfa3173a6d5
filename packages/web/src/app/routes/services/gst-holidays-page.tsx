import { canManageGstHolidays } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import { GstHolidaysEditor, useGstHolidays } from '../../../features/services';

/** The GST's public holidays: read by all, edited by its administrators. */
export function GstHolidaysPage() {
  const { t } = useTranslation();
  const { actor, gst } = useSession();
  const holidays = useGstHolidays(gst.id);
  return (
    <>
      <PageTitle title={t('services.holidays.title')} subtitle={t('services.holidays.subtitle')} />
      {holidays.isPending && <PageLoader />}
      {holidays.isError && <ErrorPanel error={holidays.error} onRetry={() => void holidays.refetch()} />}
      {holidays.data && (
        <GstHolidaysEditor
          key={gst.id}
          gstId={gst.id}
          holidays={holidays.data}
          canEdit={canManageGstHolidays(actor, gst.id)}
        />
      )}
    </>
  );
}
