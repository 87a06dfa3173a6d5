import { Card, SimpleGrid, Text } from '@mantine/core';
import type { RegionOverview } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';

/** The region's headline figures. */
export function KpiCards({ overview }: { overview: RegionOverview }) {
  const { t } = useTranslation();
  const { formatInteger, formatDecimal } = useFormatters();
  const { totals } = overview;
  const cards = [
    { key: 'population', value: formatInteger(totals.population2024) },
    { key: 'establishments', value: formatInteger(totals.establishments) },
    { key: 'primaryCare', value: formatInteger(totals.primaryCare) },
    { key: 'hospitals', value: formatInteger(totals.hospitals) },
    { key: 'beds', value: formatInteger(totals.beds) },
    { key: 'establishmentsPer10k', value: formatDecimal(totals.establishmentsPer10k) },
    { key: 'primaryCarePer10k', value: formatDecimal(totals.primaryCarePer10k) },
    { key: 'bedsPer10k', value: formatDecimal(totals.bedsPer10k) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      {cards.map((card) => (
        <Card key={card.key} withBorder padding="sm" component="section" aria-label={t(`kpi.${card.key}`)}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" lh={1.3}>
            {t(`kpi.${card.key}`)}
          </Text>
          <Text size="xl" fw={700} mt={4} data-testid={`kpi-${card.key}`}>
            {card.value}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
