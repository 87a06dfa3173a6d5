import { Badge, Group, Table } from '@mantine/core';
import type { TeleexpertiseSummary } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { useFormatters } from '../../../lib/use-formatters';
import { TeleexpertiseStatusBadge } from './teleexpertise-status-badge';
import { useTeleexpertiseLabels } from './use-teleexpertise-labels';

interface TeleexpertiseTableProps {
  items: TeleexpertiseSummary[];
}

/** A worklist: number (link), patient, specialty, both ends, dates and status with the overdue flag. */
export function TeleexpertiseTable({ items }: TeleexpertiseTableProps) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const { specialtyName, placeName } = useTeleexpertiseLabels();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('teleexpertise.columns.number')}</Table.Th>
            <Table.Th>{t('teleexpertise.columns.patient')}</Table.Th>
            <Table.Th>{t('teleexpertise.columns.specialty')}</Table.Th>
            <Table.Th>{t('teleexpertise.columns.from')}</Table.Th>
            <Table.Th>{t('teleexpertise.columns.to')}</Table.Th>
            <Table.Th>{t('teleexpertise.columns.dueAt')}</Table.Th>
            <Table.Th>{t('teleexpertise.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <AnchorLink to="/teleexpertise/$id" params={{ id: item.id }} fw={500} size="sm">
                  {item.number}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{item.patient.displayName}</Table.Td>
              <Table.Td>{specialtyName(item.specialtyCode)}</Table.Td>
              <Table.Td>
                {item.requester.displayName} · {placeName(item.origin)}
              </Table.Td>
              <Table.Td>{placeName(item.destination)}</Table.Td>
              <Table.Td>{formatDateTime(item.dueAt)}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <TeleexpertiseStatusBadge status={item.status} answerKind={item.answerKind} />
                  {item.overdue && (
                    <Badge color="red" variant="filled">
                      {t('teleexpertise.overdue')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
