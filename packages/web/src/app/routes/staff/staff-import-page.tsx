import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import { CreateStaffForm, StaffImportForm } from '../../../features/staff';

/** Imports a staff CSV (HR of the GST), all or nothing, with the problems by row and column. */
export function StaffImportPage() {
  const { t } = useTranslation();
  const { gst } = useSession();
  return (
    <>
      <PageTitle title={t('staff.importPage.title')} subtitle={t('staff.importPage.subtitle')} />
      <StaffImportForm gstId={gst.id} />
    </>
  );
}

/** Registers one staff member (HR). */
export function NewStaffMemberPage() {
  const { t } = useTranslation();
  const { gst } = useSession();
  return (
    <>
      <PageTitle title={t('staff.createTitle')} />
      <CreateStaffForm gstId={gst.id} />
    </>
  );
}
