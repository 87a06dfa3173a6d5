import { Box, Group, LoadingOverlay, Pagination, Stack, Table, Text } from '@mantine/core';
import { specialties, type OverdueReferral } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyResult } from '../../../components/empty-result';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { ReferralStatusBadge, UrgencyBadge } from '../../referrals';
import { overduePageSize, useOverdueReferrals, type IndicatorFilters } from '../api/use-referral-indicators';

const specialtyName = (code: string, language: 'fr' | 'ar' | 'en') => {
  const specialty = specialties.find((candidate) => candidate.code === code);
  return specialty ? localizedName(specialty, language) : code;
};

/** Whole days between a due date and now (at least 1 once past due). */
const daysLate = (dueAt: string, now: number) =>
  Math.max(1, Math.floor((now - new Date(dueAt).getTime()) / 86_400_000));

function OverdueRow({ referral, now }: { referral: OverdueReferral; now: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDateTime, formatInteger } = useFormatters();
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {referral.number}
        </Text>
      </Table.Td>
      <Table.Td>{specialtyName(referral.specialtyCode, language)}</Table.Td>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          <UrgencyBadge urgency={referral.urgency} />
          <ReferralStatusBadge status={referral.status} />
        </Stack>
      </Table.Td>
      <Table.Td>{localizedName(referral.origin, language)}</Table.Td>
      <Table.Td>{localizedName(referral.destination, language)}</Table.Td>
      <Table.Td>{t(`referrals.timers.name.${referral.timer}`)}</Table.Td>
      <Table.Td>
        <Text size="sm">{formatDateTime(referral.dueAt)}</Text>
        <Text size="xs" c="red" fw={600}>
          {t('referralIndicators.overdue.daysLate', {
            count: daysLate(referral.dueAt, now),
            formatted: formatInteger(daysLate(referral.dueAt, now)),
          })}
        </Text>
      </Table.Td>
      <Table.Td>
        {referral.escalatedAt ? formatDateTime(referral.escalatedAt) : t('referralIndicators.overdue.notEscalated')}
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The referrals of the selection whose timer has run out, longest overdue first (where a GST director lands from an
 * escalation): which timer, since when, escalated when, at both ends. Never the patient.
 */
export function OverdueReferralsTable({ filters }: { filters: IndicatorFilters }) {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const [page, setPage] = useState(1);
  const overdue = useOverdueReferrals(filters, page);
  const [now] = useState(() => Date.now());
  if (overdue.isPending) {
    return <PageLoader />;
  }
  if (overdue.isError) {
    return <ErrorPanel error={overdue.error} onRetry={() => void overdue.refetch()} />;
  }
  if (overdue.data.total === 0) {
    return <EmptyResult title={t('referralIndicators.overdue.empty')} />;
  }
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t('referralIndicators.overdue.count', {
          count: overdue.data.total,
          formatted: formatInteger(overdue.data.total),
        })}
      </Text>
      <Box pos="relative" style={{ overflowX: 'auto' }}>
        <LoadingOverlay visible={overdue.isPlaceholderData} />
        <Table striped highlightOnHover aria-label={t('referralIndicators.overdue.title')}>
          <Table.Thead>
            <Table.Tr>
              {(
                ['number', 'specialty', 'status', 'origin', 'destination', 'timer', 'dueAt', 'escalatedAt'] as const
              ).map((column) => (
                <Table.Th key={column}>{t(`referralIndicators.overdue.column.${column}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {overdue.data.items.map((referral) => (
              <OverdueRow key={referral.id} referral={referral} now={now} />
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Group justify="center">
        <Pagination
          total={Math.max(1, Math.ceil(overdue.data.total / overduePageSize))}
          value={page}
          onChange={setPage}
        />
      </Group>
    </Stack>
  );
}
