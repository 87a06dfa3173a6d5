import { Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import type { Teleexpertise } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { useTeleexpertiseWrites } from '../api/use-teleexpertise-writes';

/**
 * A booked teleconsultation that will not take place as planned: either end calls it off with a reason (the slot is
 * freed and another can be booked: a reschedule), or the specialist's end records that the patient did not come.
 */
export function TeleconsultationChanges({ teleexpertise }: { teleexpertise: Teleexpertise }) {
  const { t } = useTranslation();
  const { cancelTeleconsultation, noShow } = useTeleexpertiseWrites(teleexpertise.id);
  const [reason, setReason] = useState('');
  const [cancelling, setCancelling] = useState(false);
  const canCancel = teleexpertise.allowedActions.includes('cancel_teleconsultation');
  const canMarkNoShow = teleexpertise.allowedActions.includes('teleconsultation_no_show');
  const error = cancelTeleconsultation.error ?? noShow.error;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="teleconsultation-changes-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="teleconsultation-changes-title">
          {t('teleexpertise.changes.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('teleexpertise.changes.hint')}
        </Text>
        {error && <ErrorPanel error={error} />}
        {cancelling ? (
          <Stack gap="xs">
            <Textarea
              dir="auto"
              label={t('teleexpertise.changes.reason')}
              withAsterisk
              autosize
              minRows={2}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            <Group gap="xs">
              <Button
                color="red"
                disabled={reason.trim() === ''}
                loading={cancelTeleconsultation.isPending}
                onClick={() => cancelTeleconsultation.mutate(reason.trim())}
              >
                {t('teleexpertise.changes.confirmCancel')}
              </Button>
              <Button variant="subtle" onClick={() => setCancelling(false)}>
                {t('teleexpertise.changes.back')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Group gap="xs">
            {canCancel && (
              <Button variant="outline" color="red" onClick={() => setCancelling(true)}>
                {t('teleexpertise.changes.cancel')}
              </Button>
            )}
            {canMarkNoShow && (
              <Button variant="outline" color="orange" loading={noShow.isPending} onClick={() => noShow.mutate()}>
                {t('teleexpertise.changes.noShow')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
