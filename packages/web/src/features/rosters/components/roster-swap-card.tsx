import { Alert, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { RosterSwapShift } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { useRosterSwap } from '../api/use-roster-swaps';
import { useMoroccoClock } from './use-morocco-clock';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Stack>
  );
}

/**
 * A roster swap request's subject: the shift (line, day, times), holder → colleague, the shift taken in exchange, and
 * while the request is open, whether the roster as it stands still allows the swap (the approval checks again).
 */
export function RosterSwapCard({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const { formatDateTime, formatTime } = useMoroccoClock();
  const swap = useRosterSwap(requestId);
  const describe = (shift: RosterSwapShift | null) =>
    shift
      ? `${shift.lineName} (${t(`rosters.lines.${shift.kind}`)}) — ${formatDateTime(shift.startsAt)} → ${formatTime(shift.endsAt)}`
      : t('rosters.swap.shiftGone');
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="roster-swap-title">
      <Title order={2} size="h4" id="roster-swap-title" mb="sm">
        {t('rosters.swap.subject')}
      </Title>
      {swap.isPending && <PageLoader />}
      {swap.isError && <ErrorPanel error={swap.error} onRetry={() => void swap.refetch()} />}
      {swap.data && (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Field label={t('rosters.swap.shift')} value={describe(swap.data.shift)} />
            <Field
              label={t('rosters.swap.people')}
              value={`${swap.data.holder.name} → ${swap.data.colleague.name}${
                swap.data.colleague.cadre ? ` (${t(`rosters.cadres.${swap.data.colleague.cadre}`)})` : ''
              }`}
            />
            <Field
              label={t('rosters.swap.exchange')}
              value={swap.data.counterShift ? describe(swap.data.counterShift) : t('rosters.swap.noExchange')}
            />
          </SimpleGrid>
          {swap.data.reason && (
            <Text size="sm" dir="auto">
              {swap.data.reason}
            </Text>
          )}
          {swap.data.brokenRules?.length === 0 && (
            <Alert color="teal" title={t('rosters.swap.keepsRules')}>
              {t('rosters.swap.checkedAgain')}
            </Alert>
          )}
          {swap.data.brokenRules && swap.data.brokenRules.length > 0 && (
            <Alert color="red" title={t('rosters.swap.breaksRules')}>
              <List size="sm">
                {swap.data.brokenRules.map((rule) => (
                  <List.Item key={`${rule.code}${rule.message}`}>
                    <strong>{t(`rosters.rules.${rule.code}`, { defaultValue: rule.code })}</strong> — {rule.message}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
        </Stack>
      )}
    </Card>
  );
}
