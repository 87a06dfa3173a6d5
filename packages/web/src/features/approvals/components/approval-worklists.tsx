import { Card, Tabs } from '@mantine/core';
import { approvalWorklists, type ApprovalWorklist } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { EmptyResult } from '../../../components/empty-result';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { useApprovalRequests } from '../api/approval-queries';
import { ApprovalTable } from './approval-table';

function Worklist({ view }: { view: ApprovalWorklist }) {
  const { t } = useTranslation();
  const requests = useApprovalRequests(view);
  if (requests.isPending) {
    return <PageLoader />;
  }
  if (requests.isError) {
    return <ErrorPanel error={requests.error} onRetry={() => void requests.refetch()} />;
  }
  return requests.data.items.length === 0 ? (
    <EmptyResult title={t(`approvals.empty.${view}`)} />
  ) : (
    <ApprovalTable requests={requests.data.items} />
  );
}

/** The three worklists: my requests, to decide (in person or as delegate), decided. */
export function ApprovalWorklists({
  view,
  onViewChange,
}: {
  view: ApprovalWorklist;
  onViewChange: (view: ApprovalWorklist) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Tabs value={view} onChange={(value) => value && onViewChange(value as ApprovalWorklist)} keepMounted={false}>
        <Tabs.List mb="sm">
          {approvalWorklists.map((worklist) => (
            <Tabs.Tab key={worklist} value={worklist}>
              {t(`approvals.worklist.${worklist}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {approvalWorklists.map((worklist) => (
          <Tabs.Panel key={worklist} value={worklist}>
            <Worklist view={worklist} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Card>
  );
}
