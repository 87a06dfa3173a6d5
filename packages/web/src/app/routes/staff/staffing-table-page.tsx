import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import { StaffEstablishmentPicker, StaffingTableEditor, useStaffingTable } from '../../../features/staff';
import { useFormatters } from '../../../lib/use-formatters';

/** The staffing table of the GST: budgeted, filled, vacant and over-staffed posts per establishment and cadre. */
export function StaffingTablePage() {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { gst } = useSession();
  const [establishmentId, setEstablishmentId] = useState('');
  const table = useStaffingTable(gst.id, establishmentId || undefined);
  return (
    <>
      <PageTitle
        title={t('staff.staffingTable.title')}
        subtitle={`${t('staff.staffingTable.subtitle')} ${table.data ? t('staff.staffingTable.onDay', { day: formatDate(table.data.day) }) : ''}`}
      />
      <StaffEstablishmentPicker
        gstId={gst.id}
        value={establishmentId}
        onChange={setEstablishmentId}
        label={t('staff.staffingTable.filterEstablishment')}
      />
      {table.isPending && <PageLoader />}
      {table.isError && <ErrorPanel error={table.error} onRetry={() => void table.refetch()} />}
      {table.data && <StaffingTableEditor gstId={gst.id} table={table.data} />}
    </>
  );
}
