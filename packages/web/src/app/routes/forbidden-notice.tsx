import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shown on a page the user reached by URL but has no role for (the server would refuse anyway). */
export function ForbiddenNotice() {
  const { t } = useTranslation();
  return (
    <Alert color="orange" icon={<IconLock size={18} />} title={t('errors.forbiddenTitle')}>
      {t('errors.forbidden')}
    </Alert>
  );
}
