import { Box, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { establishmentTypes, type EstablishmentType } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { typeColors } from '../../establishments';

interface TypeLegendProps {
  counts: Partial<Record<string, number>>;
  visible: ReadonlySet<EstablishmentType>;
  onChange: (visible: Set<EstablishmentType>) => void;
}

/** The colour key of the map, which doubles as the type filter. */
export function TypeLegend({ counts, visible, onChange }: TypeLegendProps) {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const present = establishmentTypes.filter((type) => (counts[type] ?? 0) > 0);

  function toggle(type: EstablishmentType, checked: boolean) {
    const next = new Set(visible);
    if (checked) {
      next.add(type);
    } else {
      next.delete(type);
    }
    onChange(next);
  }

  return (
    <Stack gap={6} role="group" aria-label={t('map.legend')}>
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {t('map.legend')}
        </Text>
        <Group gap={4}>
          <Button size="compact-xs" variant="subtle" onClick={() => onChange(new Set(establishmentTypes))}>
            {t('map.showAll')}
          </Button>
          <Button size="compact-xs" variant="subtle" onClick={() => onChange(new Set())}>
            {t('map.hideAll')}
          </Button>
        </Group>
      </Group>
      {present.map((type) => (
        <Checkbox
          key={type}
          checked={visible.has(type)}
          onChange={(event) => toggle(type, event.currentTarget.checked)}
          label={
            <Group gap={6} wrap="nowrap">
              <Box
                aria-hidden
                style={{ width: 12, height: 12, borderRadius: '50%', background: typeColors[type], flexShrink: 0 }}
              />
              <Text size="sm">
                {type} — {t(`establishmentType.${type}`)} ({formatInteger(counts[type] ?? 0)})
              </Text>
            </Group>
          }
        />
      ))}
    </Stack>
  );
}
