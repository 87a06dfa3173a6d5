import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconFirstAidKit, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface PatientNoAccessProps {
  /** The user is a clinician of the GST: offer break-the-glass. */
  canBreakGlass: boolean;
  onBreakGlass: () => void;
}

/**
 * What the page shows when the server answers 404: the patient does not exist, or the user has no care relationship
 * with them. The two are not told apart, so a refusal says nothing about who is in the index.
 */
export function PatientNoAccess({ canBreakGlass, onBreakGlass }: PatientNoAccessProps) {
  const { t } = useTranslation();
  return (
    <Alert color="gray" variant="light" icon={<IconLock size={18} />} title={t('patients.noAccess.title')} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('patients.noAccess.text')}</Text>
        {canBreakGlass ? (
          <>
            <Text size="sm">{t('patients.noAccess.breakGlassHint')}</Text>
            <Button color="red" variant="light" leftSection={<IconFirstAidKit size={18} />} onClick={onBreakGlass}>
              {t('patients.noAccess.breakGlass')}
            </Button>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('patients.noAccess.registerHint')}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
