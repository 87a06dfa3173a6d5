import { Card, Stack, Table, Text, Title } from '@mantine/core';
import type { RosterDetail } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';

/** How evenly the roster spreads the work: per person, the spread, and the gap of the largest load to its bound. */
export function FairnessPanel({ roster }: { roster: RosterDetail }) {
  const { t } = useTranslation();
  const { formatDecimal, formatInteger } = useFormatters();
  const names = new Map(roster.staff.map((person) => [person.staffId, person.name]));
  const spread = roster.fairness.normalizedLoadSpread;
  const people = [...roster.fairness.staff].sort((a, b) => b.normalizedLoad - a.normalizedLoad);
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('rosters.fairness.title')}
        </Title>
        <Text size="sm">
          {t('rosters.fairness.spread', {
            min: formatDecimal(spread.min),
            max: formatDecimal(spread.max),
            mean: formatDecimal(spread.mean),
            stddev: formatDecimal(spread.stddev),
          })}
        </Text>
        {roster.bound && (
          <Text size="sm">
            {t('rosters.fairness.bound', {
              max: formatDecimal(roster.bound.maxNormalizedLoad),
              bound: formatDecimal(roster.bound.lowerBound),
              gap: formatInteger(roster.bound.relativeGap * 100),
            })}
          </Text>
        )}
        {roster.generation && (
          <Text size="xs" c="dimmed">
            {t('rosters.fairness.generatedIn', { seconds: formatDecimal(roster.generation.elapsedMs / 1000) })}
          </Text>
        )}
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rosters.fairness.person')}</Table.Th>
              <Table.Th>{t('rosters.fairness.shifts')}</Table.Th>
              <Table.Th>{t('rosters.fairness.load')}</Table.Th>
              <Table.Th>{t('rosters.fairness.normalizedLoad')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((person) => (
              <Table.Tr key={person.staffId}>
                <Table.Td>{names.get(person.staffId) ?? person.staffId}</Table.Td>
                <Table.Td>{formatInteger(person.count)}</Table.Td>
                <Table.Td>{formatDecimal(person.load)}</Table.Td>
                <Table.Td>{formatDecimal(person.normalizedLoad)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
