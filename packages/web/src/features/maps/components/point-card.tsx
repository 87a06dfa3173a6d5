import { Card, CloseButton, Group, Stack, Text } from '@mantine/core';
import type { EstablishmentPoint } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { DemoBadge } from '../../../components/demo-badge';
import { useFormatters } from '../../../lib/use-formatters';

interface PointCardProps {
  point: EstablishmentPoint;
  onClose: () => void;
}

/** The card shown over the map for the clicked establishment. */
export function PointCard({ point, onClose }: PointCardProps) {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  return (
    <Card
      shadow="md"
      withBorder
      padding="sm"
      w={280}
      role="dialog"
      aria-label={point.nameFr}
      style={{ position: 'absolute', top: 12, insetInlineStart: 12, zIndex: 2 }}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm" lang="fr">
            {point.nameFr}
          </Text>
          <CloseButton aria-label={t('common.close')} onClick={onClose} size="sm" />
        </Group>
        {point.nameAr && (
          <Text size="sm" lang="ar" dir="rtl" ta="start">
            {point.nameAr}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {point.type} — {t(`establishmentType.${point.type}`, { defaultValue: point.type })}
        </Text>
        <Text size="xs">{t('map.beds', { beds: formatInteger(point.totalBeds) })}</Text>
        {point.isGenerated && (
          <Group>
            <DemoBadge kind="generated" />
          </Group>
        )}
        <AnchorLink to="/establishments/$establishmentId" params={{ establishmentId: point.id }} size="sm">
          {t('map.openEstablishment')}
        </AnchorLink>
      </Stack>
    </Card>
  );
}
