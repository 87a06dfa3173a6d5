import { Badge, Button, Table } from '@mantine/core';
import type { PathwayMapSummary } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';

/** A version's standing: a draft; the one in force; published for a later date; or replaced by a later one. */
export function versionStanding(version: PathwayMapSummary, inForceEffectiveFrom: string | null) {
  if (version.status === 'draft') {
    return 'draft' as const;
  }
  if (version.inForce) {
    return 'inForce' as const;
  }
  return inForceEffectiveFrom === null || (version.effectiveFrom ?? '') > inForceEffectiveFrom
    ? ('upcoming' as const)
    : ('superseded' as const);
}

const standingColors = { draft: 'yellow', inForce: 'teal', upcoming: 'blue', superseded: 'gray' } as const;

interface PathwayVersionsTableProps {
  versions: readonly PathwayMapSummary[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}

/** The versions of a specialty's map, newest first; one is shown below. */
export function PathwayVersionsTable({ versions, selectedId, onSelect }: PathwayVersionsTableProps) {
  const { t } = useTranslation();
  const { formatDate, formatInteger } = useFormatters();
  const inForce = versions.find((version) => version.inForce)?.effectiveFrom ?? null;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={4} aria-label={t('pathways.versions')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('pathways.column.version')}</Table.Th>
            <Table.Th>{t('pathways.column.status')}</Table.Th>
            <Table.Th>{t('pathways.column.effectiveFrom')}</Table.Th>
            <Table.Th>{t('pathways.column.origins')}</Table.Th>
            <Table.Th>{t('pathways.column.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((version) => {
            const standing = versionStanding(version, inForce);
            const selected = version.id === selectedId;
            return (
              <Table.Tr key={version.id} bg={selected ? 'var(--mantine-color-blue-light)' : undefined}>
                <Table.Td>{t('pathways.version', { version: version.version })}</Table.Td>
                <Table.Td>
                  <Badge color={standingColors[standing]} variant="light">
                    {t(`pathways.status.${standing}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{version.effectiveFrom ? formatDate(version.effectiveFrom) : '—'}</Table.Td>
                <Table.Td>{formatInteger(version.originCount)}</Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant={selected ? 'filled' : 'default'}
                    aria-pressed={selected}
                    onClick={() => onSelect(version.id)}
                  >
                    {selected ? t('pathways.action.shown') : t('pathways.action.show')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
