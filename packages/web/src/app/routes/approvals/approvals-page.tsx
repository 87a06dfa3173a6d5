import { Group, Stack } from '@mantine/core';
import { canViewApprovalConfig } from '@tansiq/domain';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/button-link';
import { PageTitle } from '../../../components/page-title';
import { ApprovalWorklists, TimeToDecisionChart, useApprovalStats } from '../../../features/approvals';
import { useSession } from '../../../features/auth';

const route = getRouteApi('/_app/approvals');
const statsRoles = new Set(['hr_officer', 'gst_director', 'gst_admin', 'analyst']);

/** "Demandes": my requests, those to decide, those decided, and the time to decision for the GST management. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const { actor, gst } = useSession();
  const { view } = route.useSearch();
  const navigate = route.useNavigate();
  const seesStats = actor.assignments.some(
    (a) => a.scopeLevel === 'gst' && a.gstId === gst.id && statsRoles.has(a.role),
  );
  const stats = useApprovalStats(seesStats);
  return (
    <Stack gap="md">
      <PageTitle
        title={t('approvals.title')}
        subtitle={t('approvals.subtitle')}
        actions={
          <Group gap="xs">
            {canViewApprovalConfig(actor, gst.id) && (
              <ButtonLink to="/approvals/chains" variant="light">
                {t('approvals.chains.title')}
              </ButtonLink>
            )}
            <ButtonLink to="/approvals/delegations" variant="light">
              {t('approvals.delegations.title')}
            </ButtonLink>
            <ButtonLink to="/approvals/new-mobility">{t('approvals.mobility.new')}</ButtonLink>
          </Group>
        }
      />
      <ApprovalWorklists view={view} onViewChange={(next) => void navigate({ search: { view: next } })} />
      {stats.data && <TimeToDecisionChart stats={stats.data} />}
    </Stack>
  );
}
