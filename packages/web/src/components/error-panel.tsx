import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api-error';
import { describeError } from '../lib/describe-error';

interface ErrorPanelProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed page or panel: what went wrong, in the user's language, and a way to try again. */
export function ErrorPanel({ error, onRetry }: ErrorPanelProps) {
  const { t } = useTranslation();
  const title = isApiError(error) && error.status === 404 ? t('errors.notFoundTitle') : t('errors.title');
  return (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} title={title} role="alert">
      <Stack gap="sm">
        <Text size="sm">{describeError(error, t)}</Text>
        {onRetry && (
          <Group>
            <Button size="xs" variant="light" color="red" leftSection={<IconRefresh size={14} />} onClick={onRetry}>
              {t('common.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
