import { Badge, Code, Table, Text } from '@mantine/core';
import type { AuditEvent } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';

const outcomeColors: Record<AuditEvent['outcome'], string> = { success: 'teal', denied: 'orange', failure: 'red' };

/** The audit events: time, actor and role, action, entity, outcome, IP and request id. */
export function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table striped verticalSpacing="xs" aria-label={t('audit.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.time')}</Table.Th>
            <Table.Th>{t('audit.actor')}</Table.Th>
            <Table.Th>{t('audit.role')}</Table.Th>
            <Table.Th>{t('audit.action')}</Table.Th>
            <Table.Th>{t('audit.entity')}</Table.Th>
            <Table.Th>{t('audit.outcome')}</Table.Th>
            <Table.Th>{t('audit.ip')}</Table.Th>
            <Table.Th>{t('audit.requestId')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(event.occurredAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{event.actorName ?? '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {event.actorRole ? t(`role.${event.actorRole}`, { defaultValue: event.actorRole }) : '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Code>{event.action}</Code>
              </Table.Td>
              <Table.Td>
                <Text size="sm" dir="ltr" ta="start">
                  {event.entityType}
                  {event.entityId ? ` ${event.entityId.slice(0, 8)}…` : ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge color={outcomeColors[event.outcome]} variant="light" size="sm">
                  {t(`audit.outcomes.${event.outcome}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace" dir="ltr">
                  {event.ip ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace" dir="ltr" title={event.requestId ?? undefined}>
                  {event.requestId ? event.requestId.slice(0, 12) : '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
