import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowsJoin, IconUserX } from '@tabler/icons-react';
import type { DuplicatePairComparison, MergeResult, Patient } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { useFormatters } from '../../../lib/use-formatters';
import { useMarkNotDuplicate, useMergeDuplicatePair } from '../api/use-decide-duplicate-pair';
import { useUnmerge } from '../api/use-patient-merges';
import { ConfirmModal } from './confirm-modal';
import { describeDecisionError } from './describe-decision-error';

interface DuplicateDecisionPanelProps {
  comparison: DuplicatePairComparison;
  left: Patient;
  right: Patient;
}

type Pending = { kind: 'merge'; survivor: Patient; merged: Patient } | { kind: 'not_duplicate' } | null;

const nameOf = (patient: Patient) =>
  [patient.givenNameLatin ?? patient.givenNameArabic, patient.familyNameLatin ?? patient.familyNameArabic]
    .filter((part) => part !== null)
    .join(' ');

/**
 * The reviewer's decision on a pair: merge keeping the left or the right record, or "not the same person", each after
 * a confirm step. After a merge it shows the result with an undo (unmerge) action.
 */
export function DuplicateDecisionPanel({ comparison, left, right }: DuplicateDecisionPanelProps) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const { pair } = comparison;
  const merge = useMergeDuplicatePair(pair.patientAId, pair.patientBId);
  const notDuplicate = useMarkNotDuplicate(pair.patientAId, pair.patientBId);
  const unmerge = useUnmerge();
  const [pending, setPending] = useState<Pending>(null);
  const [result, setResult] = useState<MergeResult | null>(null);
  const decidable = comparison.previews.length > 0 && (pair.status === 'pending' || pair.status === 'not_duplicate');

  function handleClose() {
    setPending(null);
    merge.reset();
    notDuplicate.reset();
  }

  function handleConfirm() {
    if (pending?.kind === 'merge') {
      merge.mutate(
        { survivorId: pending.survivor.id, version: pair.version },
        {
          onSuccess: (merged) => {
            setResult(merged);
            setPending(null);
          },
        },
      );
    } else if (pending?.kind === 'not_duplicate') {
      notDuplicate.mutate(pair.version, {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('duplicates.notDuplicateDone') });
          setPending(null);
        },
      });
    }
  }

  function handleUndo(mergeId: string) {
    unmerge.mutate(
      { mergeId },
      {
        onSuccess: () => {
          setResult(null);
          notifications.show({ color: 'teal', message: t('duplicates.unmerged') });
        },
      },
    );
  }

  const error = merge.error ?? notDuplicate.error;
  return (
    <Card withBorder padding="md" component="section" aria-label={t('duplicates.decision')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('duplicates.decision')}
        </Title>
        {result && (
          <Alert color="teal" title={t('duplicates.merged')}>
            <Group gap="sm">
              <AnchorLink to="/patients/$patientId" params={{ patientId: result.goldenId }} size="sm">
                {t('duplicates.openGolden')}
              </AnchorLink>
              <Button
                size="xs"
                variant="light"
                color="orange"
                loading={unmerge.isPending}
                onClick={() => handleUndo(result.mergeId)}
              >
                {t('duplicates.undo')}
              </Button>
            </Group>
            {unmerge.error && (
              <Text size="sm" c="red" mt="xs" role="alert">
                {describeDecisionError(unmerge.error, t)}
              </Text>
            )}
          </Alert>
        )}
        {pair.status !== 'pending' && !result && (
          <Text size="sm">
            {t('duplicates.decided', { status: t(`duplicates.status.${pair.status}`) })}
            {pair.decidedAt &&
              ` ${t('duplicates.decidedBy', { name: pair.decidedBy?.displayName ?? '—', date: formatDateTime(pair.decidedAt) })}`}
          </Text>
        )}
        {!decidable && !result && comparison.previews.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('duplicates.noPreview')}
          </Text>
        )}
        {decidable && !result && (
          <Group gap="sm">
            <Button
              leftSection={<IconArrowsJoin size={16} />}
              onClick={() => setPending({ kind: 'merge', survivor: left, merged: right })}
            >
              {t('duplicates.mergeKeepLeft')}
            </Button>
            <Button
              variant="light"
              leftSection={<IconArrowsJoin size={16} />}
              onClick={() => setPending({ kind: 'merge', survivor: right, merged: left })}
            >
              {t('duplicates.mergeKeepRight')}
            </Button>
            {pair.status === 'pending' && (
              <Button
                variant="outline"
                color="red"
                leftSection={<IconUserX size={16} />}
                onClick={() => setPending({ kind: 'not_duplicate' })}
              >
                {t('duplicates.notDuplicate')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <ConfirmModal
        opened={pending !== null}
        title={pending?.kind === 'merge' ? t('duplicates.confirmMergeTitle') : t('duplicates.confirmNotDuplicateTitle')}
        message={
          pending?.kind === 'merge'
            ? t('duplicates.confirmMerge', { merged: nameOf(pending.merged), survivor: nameOf(pending.survivor) })
            : t('duplicates.confirmNotDuplicate')
        }
        confirmLabel={
          pending?.kind === 'merge' ? t('duplicates.confirmMergeButton') : t('duplicates.confirmNotDuplicateButton')
        }
        cancelLabel={t('common.cancel')}
        color={pending?.kind === 'merge' ? undefined : 'red'}
        pending={merge.isPending || notDuplicate.isPending}
        error={error ? describeDecisionError(error, t) : null}
        onConfirm={handleConfirm}
        onClose={handleClose}
      />
    </Card>
  );
}
