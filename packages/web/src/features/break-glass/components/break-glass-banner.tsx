import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/describe-error';
import { useEndBreakGlass } from '../api/use-end-break-glass';
import { useFormatters } from '../../../lib/use-formatters';

/** Props of the banner shown while a record is open under break-the-glass. */
export interface BreakGlassBannerProps {
  patientId: string;
  expiresAt: string;
  onEnded: () => void;
  /** The running access (`access.breakGlassId` of the record), so the user can end it early. */
  breakGlassId?: string | null;
}

/** The longest delay `setTimeout` accepts; an access lasts 4 hours, far below. */
const maxTimeoutMs = 2_147_483_647;

/**
 * Warns that the record is open through an exceptional access, audited, until its expiry, with a button to end it.
 * At the expiry it calls `onEnded` too, so the page stops showing what the user may no longer see.
 */
export function BreakGlassBanner({ patientId, expiresAt, onEnded, breakGlassId }: BreakGlassBannerProps) {
  const { t } = useTranslation();
  const end = useEndBreakGlass();
  const { formatTime } = useFormatters();

  useEffect(() => {
    const delay = Date.parse(expiresAt) - Date.now();
    const timer = setTimeout(onEnded, Math.min(Math.max(delay, 0), maxTimeoutMs));
    return () => clearTimeout(timer);
  }, [expiresAt, onEnded]);

  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('breakGlass.banner.title')}
      role="alert"
      data-patient-id={patientId}
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('breakGlass.banner.text', { time: formatTime(expiresAt) })}</Text>
        {breakGlassId && (
          <Button
            size="xs"
            color="red"
            variant="outline"
            loading={end.isPending}
            onClick={() => end.mutate(breakGlassId, { onSuccess: onEnded })}
          >
            {t('breakGlass.banner.end')}
          </Button>
        )}
      </Group>
      {end.error && (
        <Text size="xs" c="red" mt="xs">
          {describeError(end.error, t)}
        </Text>
      )}
    </Alert>
  );
}
