import { Text } from '@mantine/core';
import { canConfigureApprovals, canViewApprovalConfig } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { BackArrow } from '../../../components/back-arrow';
import { PageTitle } from '../../../components/page-title';
import { ApprovalChainsEditor } from '../../../features/approvals';
import { useSession } from '../../../features/auth';
import { ForbiddenNotice } from '../forbidden-notice';

/** The GST's approval chains per request type: the direction edits them, HR officers read them. */
export function ApprovalChainsPage() {
  const { t } = useTranslation();
  const { actor, gst } = useSession();
  return (
    <>
      <Text size="sm" mb="sm">
        <AnchorLink to="/approvals" search={{ view: 'mine' }}>
          <BackArrow />
          {t('approvals.page.back')}
        </AnchorLink>
      </Text>
      <PageTitle title={t('approvals.chains.title')} subtitle={t('approvals.chains.subtitle')} />
      {canViewApprovalConfig(actor, gst.id) ? (
        <ApprovalChainsEditor gstId={gst.id} canEdit={canConfigureApprovals(actor, gst.id)} />
      ) : (
        <ForbiddenNotice />
      )}
    </>
  );
}
