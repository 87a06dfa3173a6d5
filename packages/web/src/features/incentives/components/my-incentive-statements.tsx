import { Anchor, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { useMyIncentiveStatements } from '../api/use-incentives';
import { IncentiveStatementView, IncentiveStatusBadge } from './incentive-statement-view';
import { useIncentiveFormat } from './use-incentive-format';

/** The signed-in person's own statements, month by month, each openable with its acts. */
export function MyIncentiveStatements({ gstId }: { gstId: string }) {
  const { t } = useTranslation();
  const { formatMad, formatMonth } = useIncentiveFormat();
  const statements = useMyIncentiveStatements(gstId);
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <Stack>
      <Title order={3}>{t('incentives.mine.title')}</Title>
      {statements.isPending && <PageLoader />}
      {statements.isError && <ErrorPanel error={statements.error} onRetry={() => void statements.refetch()} />}
      {statements.data?.length === 0 && <Text c="dimmed">{t('incentives.mine.empty')}</Text>}
      {statements.data && statements.data.length > 0 && (
        <Table striped aria-label={t('incentives.mine.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('incentives.month')}</Table.Th>
              <Table.Th>{t('incentives.statements.columns.activities')}</Table.Th>
              <Table.Th>{t('incentives.statements.columns.total')}</Table.Th>
              <Table.Th>{t('incentives.statements.columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {statements.data.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Anchor component="button" onClick={() => setOpenId(item.id)}>
                    {formatMonth(item.month)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{item.activityCount}</Table.Td>
                <Table.Td>{formatMad(item.totalCentimes)}</Table.Td>
                <Table.Td>
                  <IncentiveStatusBadge status={item.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Modal opened={openId !== null} onClose={() => setOpenId(null)} size="xl" title={t('incentives.mine.title')}>
        {openId && <IncentiveStatementView id={openId} canValidate={false} />}
      </Modal>
    </Stack>
  );
}
