import { Alert, Button, Group, List, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import type { MyRosterShift, RosterSwapShift } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { isApiError } from '../../../lib/api-error';
import { describeError } from '../../../lib/describe-error';
import { useCreateRosterSwap, useSwapOptions } from '../api/use-roster-swaps';
import { useMoroccoClock } from './use-morocco-clock';

interface SwapRequestModalProps {
  /** The shift to hand over; null: closed. */
  shift: MyRosterShift | null;
  onClose: () => void;
  /** Called with the new request's id once it is submitted. */
  onCreated: (requestId: string) => void;
}

const replacementValue = '';

/**
 * Asks for a swap of one of my shifts: a colleague who could take it without breaking a rule (as the server lists
 * them), optionally one of their shifts I take in exchange, and a reason. The request goes to its approver; the roster
 * only changes on approval, when the rules are checked again.
 */
export function SwapRequestModal({ shift, onClose, onCreated }: SwapRequestModalProps) {
  const { t } = useTranslation();
  const { formatDateTime } = useMoroccoClock();
  const options = useSwapOptions(shift);
  const create = useCreateRosterSwap();
  const [colleagueId, setColleagueId] = useState<string | null>(null);
  const [counterShiftId, setCounterShiftId] = useState<string>(replacementValue);
  const [reason, setReason] = useState('');
  const colleague = options.data?.colleagues.find((candidate) => candidate.staffId === colleagueId);
  const describeShift = (option: RosterSwapShift) => `${option.lineName} — ${formatDateTime(option.startsAt)}`;
  const exchangeOptions = [
    ...(colleague?.replacement === false ? [] : [{ value: replacementValue, label: t('rosters.swap.noExchange') }]),
    ...(colleague?.exchangeShifts ?? []).map((option) => ({ value: option.shiftId, label: describeShift(option) })),
  ];

  function handleColleague(value: string | null) {
    setColleagueId(value);
    const next = options.data?.colleagues.find((candidate) => candidate.staffId === value);
    setCounterShiftId(next?.replacement === false ? (next.exchangeShifts[0]?.shiftId ?? '') : replacementValue);
  }

  function handleSubmit() {
    if (!shift || !options.data || !colleagueId) {
      return;
    }
    const subject = {
      rosterId: shift.rosterId,
      shiftId: shift.shiftId,
      fromStaffMemberId: options.data.holder.staffId,
      toStaffMemberId: colleagueId,
      counterShiftId: counterShiftId === replacementValue ? null : counterShiftId,
      reason: reason.trim() || null,
    };
    create.mutate(
      { subject, originEstablishmentId: options.data.originEstablishmentId },
      { onSuccess: (request) => onCreated(request.id) },
    );
  }

  const issues = isApiError(create.error) ? create.error.issues : [];
  return (
    <Modal opened={shift !== null} onClose={onClose} title={t('rosters.swap.title')}>
      {shift && (
        <Text size="sm" mb="sm">
          {shift.lineName} — {formatDateTime(shift.startsAt)}
        </Text>
      )}
      {options.isPending && <PageLoader />}
      {options.isError && <ErrorPanel error={options.error} onRetry={() => void options.refetch()} />}
      {options.data && options.data.colleagues.length === 0 && <Text c="dimmed">{t('rosters.swap.nobody')}</Text>}
      {options.data && options.data.colleagues.length > 0 && (
        <Stack>
          <Select
            label={t('rosters.swap.colleague')}
            description={t('rosters.swap.colleagueHint')}
            data={options.data.colleagues.map((candidate) => ({
              value: candidate.staffId,
              label: `${candidate.name} (${t(`rosters.cadres.${candidate.cadre}`)})`,
            }))}
            value={colleagueId}
            onChange={handleColleague}
            searchable
            required
          />
          <Select
            label={t('rosters.swap.exchange')}
            data={exchangeOptions}
            value={counterShiftId}
            onChange={(value) => setCounterShiftId(value ?? replacementValue)}
            disabled={colleague === undefined}
            allowDeselect={false}
          />
          <Textarea
            label={t('rosters.swap.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            maxLength={2_000}
            autosize
            minRows={2}
          />
          {create.isError && (
            <Alert color="red" title={t('rosters.swap.refused')}>
              {issues.some((issue) => issue.code) ? (
                <List size="sm">
                  {issues.map((issue) => (
                    <List.Item key={`${issue.code ?? ''}${issue.message}`}>
                      <strong>{t(`rosters.rules.${issue.code ?? ''}`, { defaultValue: issue.code })}</strong> —{' '}
                      {issue.message}
                    </List.Item>
                  ))}
                </List>
              ) : (
                describeError(create.error, t)
              )}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('rosters.cell.cancel')}
            </Button>
            <Button onClick={handleSubmit} loading={create.isPending} disabled={colleagueId === null}>
              {t('rosters.swap.submit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
