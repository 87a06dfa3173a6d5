import { Alert, Anchor, Button, Group, Modal, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import {
  canExportIncentives,
  canManageIncentives,
  incentiveStatementStatuses,
  type Actor,
  type IncentiveStatementStatus,
} from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { incentiveExportUrl, useComputeIncentiveStatements, useIncentiveStatements } from '../api/use-incentives';
import { IncentiveStatementView, IncentiveStatusBadge } from './incentive-statement-view';
import { useIncentiveFormat } from './use-incentive-format';

interface IncentiveStatementsPanelProps {
  actor: Actor;
  gstId: string;
  month: string;
  establishments: { value: string; label: string }[];
}

/** Compute the month (GST or one establishment), then read, filter, open and export its statements. */
function ComputeBar({ gstId, month, establishments }: Omit<IncentiveStatementsPanelProps, 'actor'>) {
  const { t } = useTranslation();
  const { formatMad } = useIncentiveFormat();
  const compute = useComputeIncentiveStatements();
  const [establishmentId, setEstablishmentId] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      <Group align="end">
        <Select
          label={t('incentives.statements.computeEstablishment')}
          data={establishments}
          value={establishmentId}
          onChange={setEstablishmentId}
          searchable
          clearable
          w={320}
        />
        <Button
          loading={compute.isPending}
          onClick={() => compute.mutate({ gstId, month, ...(establishmentId ? { establishmentId } : {}) })}
        >
          {t('incentives.statements.compute')}
        </Button>
      </Group>
      {compute.isPending && <Text size="sm">{t('incentives.statements.computing')}</Text>}
      {compute.isError && <ErrorPanel error={compute.error} />}
      {compute.data && (
        <Alert color="green">
          {t('incentives.statements.computed', {
            computed: compute.data.computed,
            kept: compute.data.kept,
            removed: compute.data.removed,
            activities: compute.data.activityCount,
            total: formatMad(compute.data.totalCentimes),
            seconds: (compute.data.durationMs / 1000).toFixed(1),
          })}
        </Alert>
      )}
    </Stack>
  );
}

/** The statements of a month for HR, establishment admins and finance: totals, filters, pages, detail, export. */
export function IncentiveStatementsPanel({ actor, gstId, month, establishments }: IncentiveStatementsPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatMad } = useIncentiveFormat();
  const [status, setStatus] = useState<IncentiveStatementStatus | ''>('');
  const [establishmentId, setEstablishmentId] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const statements = useIncentiveStatements({ gstId, month, establishmentId, status, q, page });
  const manages = canManageIncentives(actor, gstId);
  return (
    <Stack>
      {manages && <ComputeBar gstId={gstId} month={month} establishments={establishments} />}
      <Group align="end">
        <Select
          label={t('incentives.statements.filters.status')}
          data={[
            { value: '', label: t('incentives.statements.filters.all') },
            ...incentiveStatementStatuses.map((value) => ({ value, label: t(`incentives.statuses.${value}`) })),
          ]}
          value={status}
          onChange={(value) => {
            setStatus(value ?? '');
            setPage(1);
          }}
          allowDeselect={false}
          w={180}
        />
        <Select
          label={t('incentives.statements.filters.establishment')}
          data={establishments}
          value={establishmentId || null}
          onChange={(value) => {
            setEstablishmentId(value ?? '');
            setPage(1);
          }}
          searchable
          clearable
          w={300}
        />
        <TextInput
          label={t('incentives.statements.filters.search')}
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            setPage(1);
          }}
          w={260}
        />
        {canExportIncentives(actor, gstId) && (
          <Anchor href={incentiveExportUrl(gstId, month)} download>
            {t('incentives.statements.export')}
          </Anchor>
        )}
      </Group>
      {statements.isPending && <PageLoader />}
      {statements.isError && <ErrorPanel error={statements.error} onRetry={() => void statements.refetch()} />}
      {statements.data && (
        <>
          <Text fw={600}>
            {t('incentives.statements.totals', {
              count: statements.data.total,
              total: formatMad(statements.data.totals.totalCentimes),
              ...statements.data.totals,
            })}
          </Text>
          {statements.data.items.length === 0 ? (
            <Text c="dimmed">{t('incentives.statements.empty')}</Text>
          ) : (
            <Table striped highlightOnHover aria-label={t('incentives.tabs.statements')}>
              <Table.Thead>
                <Table.Tr>
                  {(['staff', 'cadre', 'establishment', 'activities', 'gross', 'total', 'status'] as const).map(
                    (column) => (
                      <Table.Th key={column}>{t(`incentives.statements.columns.${column}`)}</Table.Th>
                    ),
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {statements.data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>
                      <Anchor
                        component="button"
                        aria-label={t('incentives.statements.open', { name: item.staffMember.name })}
                        onClick={() => setOpenId(item.id)}
                      >
                        {item.staffMember.name}
                      </Anchor>{' '}
                      <Text span size="xs" c="dimmed">
                        {item.staffMember.staffId}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`staff.cadres.${item.staffMember.cadre}`)}</Table.Td>
                    <Table.Td>{item.establishment ? localizedName(item.establishment, language) : '—'}</Table.Td>
                    <Table.Td>{item.activityCount}</Table.Td>
                    <Table.Td>{formatMad(item.grossCentimes)}</Table.Td>
                    <Table.Td>{formatMad(item.totalCentimes)}</Table.Td>
                    <Table.Td>
                      <IncentiveStatusBadge status={item.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Pagination
            total={Math.max(1, Math.ceil(statements.data.total / statements.data.pageSize))}
            value={page}
            onChange={setPage}
          />
        </>
      )}
      <Modal opened={openId !== null} onClose={() => setOpenId(null)} size="xl" title={t('incentives.title')}>
        {openId && <IncentiveStatementView id={openId} canValidate={manages} />}
      </Modal>
    </Stack>
  );
}
