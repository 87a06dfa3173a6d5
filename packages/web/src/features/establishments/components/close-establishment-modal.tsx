import { Alert, Button, Group, Modal, Stack, TextInput, Textarea } from '@mantine/core';
import { closeEstablishmentInputSchema, type Establishment } from '@tansiq/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/describe-error';
import { isApiError } from '../../../lib/api-error';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useChangeEstablishmentStatus } from '../api/use-change-establishment-status';

interface CloseEstablishmentModalProps {
  establishment: Establishment;
  opened: boolean;
  onClose: () => void;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Asks for the reason and the date before closing an establishment. */
export function CloseEstablishmentModal({ establishment, opened, onClose }: CloseEstablishmentModalProps) {
  const { t } = useTranslation();
  const change = useChangeEstablishmentStatus(establishment.id);
  const [reason, setReason] = useState('');
  const [closedOn, setClosedOn] = useState(today);
  const { errors, serverIssues, validate } = useFieldErrors(change.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = validate(closeEstablishmentInputSchema, { version: establishment.version, reason, closedOn });
    if (input) {
      change.mutate({ kind: 'close', input }, { onSuccess: onClose });
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('close.title')} centered>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          {change.error && !serverIssues.length && (
            <Alert color="red" role="alert">
              {isApiError(change.error) && change.error.status === 409
                ? t('form.conflict')
                : describeError(change.error, t)}
            </Alert>
          )}
          <Textarea
            label={t('close.reason')}
            required
            autosize
            minRows={2}
            value={reason}
            error={errors.reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <TextInput
            label={t('close.date')}
            type="date"
            required
            value={closedOn}
            error={errors.closedOn}
            onChange={(event) => setClosedOn(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={change.isPending}>
              {t('close.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
