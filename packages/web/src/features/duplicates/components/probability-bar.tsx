import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePercent } from './use-percent';

/** The match probability as a bar and a percentage; the likeliest pairs in green, the doubtful ones in orange. */
export function ProbabilityBar({ probability }: { probability: number }) {
  const { t } = useTranslation();
  const percent = usePercent();
  return (
    <Group gap="xs" wrap="nowrap" miw={140}>
      <Progress
        value={Math.round(probability * 100)}
        color={probability >= 0.9 ? 'teal' : 'orange'}
        size="lg"
        radius="xl"
        style={{ flex: 1 }}
        aria-label={t('duplicates.probabilityLabel')}
      />
      <Text size="sm" fw={700} miw={48} ta="end" style={{ whiteSpace: 'nowrap' }}>
        {percent(probability)}
      </Text>
    </Group>
  );
}
