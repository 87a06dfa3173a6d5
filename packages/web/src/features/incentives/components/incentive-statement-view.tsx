import { Alert, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { IncentiveStatementDetail, IncentiveStatementLineView } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { useIncentiveStatement, useValidateIncentiveStatement } from '../api/use-incentives';
import { useIncentiveFormat } from './use-incentive-format';

const statusColors = { computed: 'yellow', validated: 'green', exported: 'blue' } as const;

/** A status as a coloured badge. */
export function IncentiveStatusBadge({ status }: { status: IncentiveStatementDetail['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} miw="max-content">
      {t(`incentives.statuses.${status}`)}
    </Badge>
  );
}

/** One line: the rule, its count × unit, its cuts, and every act or shift it pays (id, kind, date, place). */
function StatementLine({ line }: { line: IncentiveStatementLineView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatMad, formatDateTime } = useIncentiveFormat();
  const label = t('incentives.detail.line', {
    label: line.label,
    count: line.items.length,
    unit: formatMad(line.unitAmountCentimes),
  });
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text fw={600}>{label}</Text>
        <Text>
          {t('incentives.detail.lineTotal', {
            subtotal: formatMad(line.subtotalCentimes),
            total: formatMad(line.totalCentimes),
          })}
        </Text>
      </Group>
      <Table striped withTableBorder aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('incentives.detail.date')}</Table.Th>
            <Table.Th>{t('incentives.detail.kind')}</Table.Th>
            <Table.Th>{t('incentives.statements.columns.establishment')}</Table.Th>
            <Table.Th>{t('incentives.detail.reference')}</Table.Th>
            <Table.Th ta="end">{t('incentives.detail.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {line.items.map((item) => (
            <Table.Tr key={`${item.sourceType}:${item.sourceId}`}>
              <Table.Td>{formatDateTime(item.occurredAt)}</Table.Td>
              <Table.Td>
                {t(`incentives.activities.${item.activity}`)} ({t(`incentives.sources.${item.sourceType}`)})
              </Table.Td>
              <Table.Td>{item.establishment ? localizedName(item.establishment, language) : '—'}</Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace">
                  {item.sourceId}
                </Text>
              </Table.Td>
              <Table.Td ta="end">
                {formatMad(item.amountCentimes)}
                {item.multiplied && ` (${t('incentives.detail.multiplied')})`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** The figures of a statement: gross, what each kind of cap cut, net. */
function StatementTotals({ statement }: { statement: IncentiveStatementDetail }) {
  const { t } = useTranslation();
  const { formatMad } = useIncentiveFormat();
  const rows = [
    ['gross', statement.grossCentimes],
    ['ruleCapCut', -statement.ruleCapCutCentimes],
    ['monthlyCapCut', -statement.monthlyCapCutCentimes],
    ['total', statement.totalCentimes],
  ] as const;
  return (
    <Table w={420} aria-label={t('incentives.detail.total')}>
      <Table.Tbody>
        {rows.map(([key, value]) => (
          <Table.Tr key={key}>
            <Table.Th>{t(`incentives.detail.${key}`)}</Table.Th>
            <Table.Td ta="end">{formatMad(value)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * A statement: its totals, every line with the acts and shifts it pays (never a patient), and, for whoever may, the
 * validation of the version shown.
 */
export function IncentiveStatementView({ id, canValidate }: { id: string; canValidate: boolean }) {
  const { t } = useTranslation();
  const { formatMonth, formatDateTime } = useIncentiveFormat();
  const statement = useIncentiveStatement(id);
  const validate = useValidateIncentiveStatement();
  if (statement.isPending) {
    return <PageLoader />;
  }
  if (statement.isError) {
    return <ErrorPanel error={statement.error} onRetry={() => void statement.refetch()} />;
  }
  const data = statement.data;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>
          {t('incentives.detail.title', { name: data.staffMember.name, month: formatMonth(data.month) })}
        </Title>
        <IncentiveStatusBadge status={data.status} />
      </Group>
      <Text c="dimmed">
        {data.staffMember.staffId} · {t(`staff.cadres.${data.staffMember.cadre}`)} ·{' '}
        {t('incentives.detail.rules', { version: data.ruleSetVersion })}
      </Text>
      <StatementTotals statement={data} />
      {data.unmatchedCount > 0 && (
        <Text size="sm" c="dimmed">
          {t('incentives.detail.unmatched', { count: data.unmatchedCount })}
        </Text>
      )}
      {data.lines.map((line) => (
        <StatementLine key={line.ruleCode} line={line} />
      ))}
      {data.validatedAt && (
        <Text size="sm">
          {t('incentives.detail.validated', {
            name: data.validatedByName ?? '—',
            date: formatDateTime(data.validatedAt),
          })}
        </Text>
      )}
      {validate.isError && <ErrorPanel error={validate.error} />}
      {validate.isSuccess && <Alert color="green">{t('incentives.detail.validatedNow')}</Alert>}
      {canValidate && data.status === 'computed' && (
        <Group>
          <Button loading={validate.isPending} onClick={() => validate.mutate({ id: data.id, version: data.version })}>
            {t('incentives.detail.validate')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
