import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { canManageRoster, type Actor, type RosterLineRecord } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArchiveRosterLine } from '../api/use-roster-lines';
import { RosterLineForm } from './roster-line-form';

interface RosterLinesPanelProps {
  actor: Actor;
  gstId: string;
  lines: RosterLineRecord[];
  establishments: { value: string; label: string }[];
  canCreate: boolean;
}

/** The GST's roster lines, with an editor for those the actor manages. */
export function RosterLinesPanel({ actor, gstId, lines, establishments, canCreate }: RosterLinesPanelProps) {
  const { t } = useTranslation();
  const archive = useArchiveRosterLine();
  const [editing, setEditing] = useState<RosterLineRecord | 'new' | null>(null);
  const names = new Map(establishments.map((option) => [option.value, option.label]));
  return (
    <Stack>
      {canCreate && editing === null && (
        <Group>
          <Button onClick={() => setEditing('new')}>{t('rosters.lines.add')}</Button>
        </Group>
      )}
      {editing !== null && (
        <Card withBorder>
          <RosterLineForm
            key={editing === 'new' ? 'new' : editing.id}
            gstId={gstId}
            line={editing === 'new' ? null : editing}
            establishments={establishments}
            onDone={() => setEditing(null)}
          />
        </Card>
      )}
      {lines.length === 0 ? (
        <Text c="dimmed">{t('rosters.noLines')}</Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rosters.lines.name')}</Table.Th>
              <Table.Th>{t('rosters.lines.kind')}</Table.Th>
              <Table.Th>{t('rosters.lines.establishments')}</Table.Th>
              <Table.Th>{t('rosters.lines.cadres')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={line.id} opacity={line.isActive ? 1 : 0.6}>
                <Table.Td>
                  {line.name} {!line.isActive && <Badge color="gray">{t('rosters.lines.archived')}</Badge>}
                </Table.Td>
                <Table.Td>{t(`rosters.lines.${line.kind}`)}</Table.Td>
                <Table.Td>
                  {line.establishmentIds.map((id) => names.get(id) ?? id).join(' · ')}{' '}
                  {line.establishmentIds.length > 1 && <Badge variant="light">{t('rosters.lines.pooled')}</Badge>}
                </Table.Td>
                <Table.Td>
                  {line.requiredCadres.length === 0
                    ? t('rosters.lines.anyCadre')
                    : line.requiredCadres.map((cadre) => t(`rosters.cadres.${cadre}`)).join(', ')}
                </Table.Td>
                <Table.Td>
                  {line.isActive && canManageRoster(actor, line) && (
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" variant="light" onClick={() => setEditing(line)}>
                        {t('rosters.lines.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="gray"
                        onClick={() => archive.mutate({ id: line.id, version: line.version })}
                      >
                        {t('rosters.lines.archive')}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
