import { Badge, Group, Progress, Text } from '@mantine/core';
import type { MatchBand } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';

/** Probable: very likely the same person; possible: to check with the patient; unlikely: probably someone else. */
export const bandColors: Record<MatchBand, string> = { probable: 'teal', possible: 'orange', unlikely: 'gray' };

/** The band of a candidate as a badge. */
export function MatchBandBadge({ band }: { band: MatchBand }) {
  const { t } = useTranslation();
  return (
    <Badge color={bandColors[band]} variant={band === 'unlikely' ? 'outline' : 'filled'} style={{ flexShrink: 0 }}>
      {t(`patients.band.${band}`)}
    </Badge>
  );
}

/** A probability as a whole percentage, never claiming 0 % or 100 % for what is only very unlikely or very likely. */
export function usePercent(): (probability: number) => string {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  return (probability) => {
    if (probability >= 1) {
      return t('patients.candidate.percent', { value: formatInteger(100) });
    }
    if (probability > 0.99) {
      return t('patients.candidate.above', { value: formatInteger(99) });
    }
    if (probability < 0.01) {
      return t('patients.candidate.below', { value: formatInteger(1) });
    }
    return t('patients.candidate.percent', { value: formatInteger(Math.round(probability * 100)) });
  };
}

/** The match probability as a bar and a percentage. */
export function ProbabilityBar({ probability, band }: { probability: number; band: MatchBand }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const text = percent(probability);
  return (
    <Group gap="xs" wrap="nowrap" miw={140}>
      <Progress
        value={Math.round(probability * 100)}
        color={bandColors[band]}
        size="lg"
        radius="xl"
        style={{ flex: 1 }}
        aria-label={t('patients.candidate.probability')}
      />
      <Text size="sm" fw={700} miw={48} ta="end" style={{ whiteSpace: 'nowrap' }}>
        {text}
      </Text>
    </Group>
  );
}
