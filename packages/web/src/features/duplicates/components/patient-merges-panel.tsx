import { Badge, Button, Card, Checkbox, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatRegionalPatientId, type PatientMerge } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { useFormatters } from '../../../lib/use-formatters';
import { usePatientMerges, useUnmerge } from '../api/use-patient-merges';
import { ConfirmModal } from './confirm-modal';
import { describeDecisionError } from './describe-decision-error';
import { PatientNames } from './patient-names';
import { usePercent } from './use-percent';

/**
 * The merges into a patient's golden record, for identity managers: when, who (or automatic), with which probability,
 * in effect or undone, and an unmerge action for those in effect.
 */
export function PatientMergesPanel({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const merges = usePatientMerges(patientId);
  const unmerge = useUnmerge();
  const [undoing, setUndoing] = useState<PatientMerge | null>(null);
  const [requeue, setRequeue] = useState(false);

  function handleClose() {
    setUndoing(null);
    setRequeue(false);
    unmerge.reset();
  }

  function handleConfirm() {
    if (undoing) {
      unmerge.mutate(
        { mergeId: undoing.id, requeue },
        {
          onSuccess: () => {
            notifications.show({ color: 'teal', message: t('duplicates.unmerged') });
            handleClose();
          },
        },
      );
    }
  }

  return (
    <Card withBorder padding="md" component="section" aria-label={t('duplicates.merges.title')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('duplicates.merges.title')}
        </Title>
        {merges.isPending && <Text size="sm">{t('common.loading')}</Text>}
        {merges.isError && <ErrorPanel error={merges.error} onRetry={() => void merges.refetch()} />}
        {merges.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('duplicates.merges.empty')}
          </Text>
        )}
        {merges.data && merges.data.length > 0 && <MergesTable merges={merges.data} onUnmerge={setUndoing} />}
      </Stack>
      <ConfirmModal
        opened={undoing !== null}
        title={t('duplicates.merges.confirmTitle')}
        message={t('duplicates.merges.confirm')}
        confirmLabel={t('duplicates.merges.confirmButton')}
        cancelLabel={t('common.cancel')}
        color="orange"
        pending={unmerge.isPending}
        error={unmerge.error ? describeDecisionError(unmerge.error, t) : null}
        onConfirm={handleConfirm}
        onClose={handleClose}
      >
        <Checkbox
          label={t('duplicates.merges.requeue')}
          checked={requeue}
          onChange={(event) => setRequeue(event.currentTarget.checked)}
        />
      </ConfirmModal>
    </Card>
  );
}

function MergesTable({
  merges,
  onUnmerge,
}: {
  merges: readonly PatientMerge[];
  onUnmerge: (merge: PatientMerge) => void;
}) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const percent = usePercent();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('duplicates.merges.date')}</Table.Th>
            <Table.Th>{t('duplicates.merges.record')}</Table.Th>
            <Table.Th>{t('duplicates.merges.by')}</Table.Th>
            <Table.Th>{t('duplicates.merges.probability')}</Table.Th>
            <Table.Th>{t('duplicates.merges.state')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {merges.map((merge) => (
            <Table.Tr key={merge.id}>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(merge.mergedAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <PatientNames patient={merge.merged} />
                <Text size="xs" c="dimmed" dir="ltr" ta="start">
                  {formatRegionalPatientId(merge.merged.regionalId)}
                </Text>
              </Table.Td>
              <Table.Td>
                {merge.automatic ? (
                  <Badge variant="light" color="grape">
                    {t('duplicates.merges.automatic')}
                  </Badge>
                ) : (
                  <Text size="sm">{merge.mergedBy?.displayName ?? '—'}</Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{merge.probability === null ? '—' : percent(merge.probability)}</Text>
              </Table.Td>
              <Table.Td>
                {merge.undoneAt === null ? (
                  <Badge color="teal" variant="light">
                    {t('duplicates.merges.open')}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    {merge.undoneBy
                      ? t('duplicates.merges.undoneBy', {
                          date: formatDateTime(merge.undoneAt),
                          name: merge.undoneBy.displayName,
                        })
                      : t('duplicates.merges.undone', { date: formatDateTime(merge.undoneAt) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {merge.undoneAt === null && (
                  <Button size="xs" variant="light" color="orange" onClick={() => onUnmerge(merge)}>
                    {t('duplicates.merges.unmerge')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
