import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface StepModalProps {
  opened: boolean;
  title: string;
  message?: string;
  confirmLabel: string;
  color?: string;
  pending: boolean;
  error: string | null;
  size?: string;
  children?: ReactNode;
  onConfirm: () => void;
  onClose: () => void;
}

/** A step of the loop that needs a confirmation or a few fields: what will happen, the fields, one explicit button. */
export function StepModal(props: StepModalProps) {
  const { t } = useTranslation();
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    props.onConfirm();
  }
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size={props.size} centered>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          {props.error && (
            <Alert color="red" role="alert">
              {props.error}
            </Alert>
          )}
          {props.message && <Text size="sm">{props.message}</Text>}
          {props.children}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={props.color} loading={props.pending}>
              {props.confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
