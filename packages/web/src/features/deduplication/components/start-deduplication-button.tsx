import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { describeError } from '../../../lib/describe-error';
import { useStartDeduplication } from '../api/use-start-deduplication';

interface StartDeduplicationButtonProps {
  gstId: string;
  /** A run is already queued or running: one at a time per GST. */
  disabled: boolean;
}

/** Starts a deduplication of the whole index after a confirmation that says what it will do. */
export function StartDeduplicationButton({ gstId, disabled }: StartDeduplicationButtonProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const start = useStartDeduplication();

  function handleClose() {
    setOpened(false);
    start.reset();
  }

  function handleConfirm() {
    start.mutate(gstId, { onSuccess: () => setOpened(false) });
  }

  return (
    <>
      <Button leftSection={<IconPlayerPlay size={18} />} disabled={disabled} onClick={() => setOpened(true)}>
        {t('deduplication.start')}
      </Button>
      <Modal opened={opened} onClose={handleClose} title={t('deduplication.confirm.title')} centered size="lg">
        <Stack gap="sm">
          <Text size="sm">{t('deduplication.confirm.intro')}</Text>
          <List size="sm" spacing="xs">
            <List.Item>{t('deduplication.confirm.training')}</List.Item>
            <List.Item>{t('deduplication.confirm.autoMerge')}</List.Item>
            <List.Item>{t('deduplication.confirm.review')}</List.Item>
            <List.Item>{t('deduplication.confirm.decisions')}</List.Item>
          </List>
          {start.error && (
            <Alert color="red" role="alert">
              {isApiError(start.error) && start.error.status === 409
                ? t('deduplication.running')
                : describeError(start.error, t)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={handleClose}>
              {t('deduplication.confirm.cancel')}
            </Button>
            <Button onClick={handleConfirm} loading={start.isPending}>
              {t('deduplication.confirm.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
