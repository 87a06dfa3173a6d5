import { Badge, Group } from '@mantine/core';
import { wisnPressures } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { pressureBackgrounds } from './wisn-pressure';

/** The pressure classes and their colours (default bands: < 0.5, < 0.8, 0.8–1.2, > 1.2). */
export function WisnLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="xs" aria-label={t('wisn.legend')}>
      {wisnPressures.map((pressure) => (
        <Badge key={pressure} variant="light" color="dark" bg={pressureBackgrounds[pressure]} tt="none">
          {t(`wisn.pressure.${pressure}`)}
        </Badge>
      ))}
    </Group>
  );
}
