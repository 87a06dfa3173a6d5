import { Alert, Button, Group, List, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import {
  BREAK_GLASS_DURATION_HOURS,
  breakGlassReasonCodes,
  breakGlassReasonTextMinLength,
  startBreakGlassInputSchema,
} from '@tansiq/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { isApiError } from '../../../lib/api-error';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useStartBreakGlass } from '../api/use-start-break-glass';

/** Props of the break-the-glass dialog: the patient to open, and what to do once access started. */
export interface BreakGlassDialogProps {
  patientId: string;
  opened: boolean;
  onClose: () => void;
  onStarted: () => void;
}

/**
 * Asks a clinician without a care relationship for a reason code and a justification, after saying plainly what
 * breaking the glass means: exceptional, audited, reviewed by the DPO, 4 hours. Then starts the access.
 */
export function BreakGlassDialog({ patientId, opened, onClose, onStarted }: BreakGlassDialogProps) {
  const { t } = useTranslation();
  const start = useStartBreakGlass(patientId);
  const [reasonCode, setReasonCode] = useState('');
  const [reasonText, setReasonText] = useState('');
  const { errors, serverIssues, validate, clearIssues } = useFieldErrors(start.error);

  function handleClose() {
    setReasonCode('');
    setReasonText('');
    clearIssues();
    start.reset();
    onClose();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = validate(startBreakGlassInputSchema, {
      reasonCode: reasonCode === '' ? undefined : reasonCode,
      reasonText,
    });
    if (input) {
      start.mutate(input, {
        onSuccess: () => {
          setReasonCode('');
          setReasonText('');
          onStarted();
        },
      });
    }
  }

  return (
    <Modal opened={opened} onClose={handleClose} title={t('breakGlass.dialog.title')} size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          <Alert color="orange" icon={<IconAlertTriangle size={18} />}>
            <Text size="sm" mb="xs">
              {t('breakGlass.dialog.intro')}
            </Text>
            <List size="sm" spacing={2}>
              <List.Item>{t('breakGlass.dialog.audited')}</List.Item>
              <List.Item>{t('breakGlass.dialog.reviewed')}</List.Item>
              <List.Item>{t('breakGlass.dialog.duration', { hours: BREAK_GLASS_DURATION_HOURS })}</List.Item>
            </List>
          </Alert>
          {start.error &&
            serverIssues.length === 0 &&
            (isApiError(start.error) && start.error.status === 409 ? (
              <Alert color="blue">{t('breakGlass.dialog.alreadyOpen')}</Alert>
            ) : (
              <ErrorPanel error={start.error} />
            ))}
          <NativeSelect
            label={t('breakGlass.dialog.reasonCode')}
            required
            value={reasonCode}
            data={[
              { value: '', label: t('breakGlass.dialog.chooseReason'), disabled: true },
              ...breakGlassReasonCodes.map((code) => ({ value: code, label: t(`breakGlass.reason.${code}`) })),
            ]}
            error={errors.reasonCode && t('breakGlass.dialog.reasonCodeRequired')}
            onChange={(event) => setReasonCode(event.currentTarget.value)}
          />
          <Textarea
            label={t('breakGlass.dialog.reasonText')}
            description={t('breakGlass.dialog.reasonTextHint', { count: breakGlassReasonTextMinLength })}
            required
            rows={3}
            value={reasonText}
            error={
              errors.reasonText && t('breakGlass.dialog.reasonTextTooShort', { count: breakGlassReasonTextMinLength })
            }
            onChange={(event) => setReasonText(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={handleClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={start.isPending}>
              {t('breakGlass.dialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
