import { Badge, Table, Text } from '@mantine/core';
import type { StaffListItem } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { useStaffLabels } from './use-staff-labels';

/** The staff list: each line opens the member's page; directory lines show names and roles only. */
export function StaffTable({ items }: { items: readonly StaffListItem[] }) {
  const { t } = useTranslation();
  const labels = useStaffLabels();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('staff.columns.name')}</Table.Th>
            <Table.Th>{t('staff.columns.staffId')}</Table.Th>
            <Table.Th>{t('staff.columns.cadre')}</Table.Th>
            <Table.Th>{t('staff.columns.establishment')}</Table.Th>
            <Table.Th>{t('staff.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <AnchorLink to="/staff/$staffMemberId" params={{ staffMemberId: item.id }}>
                  {labels.personName(item)}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {labels.arabicName(item)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text ff="monospace" size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {item.staffId}
                </Text>
              </Table.Td>
              <Table.Td>{labels.role(item)}</Table.Td>
              <Table.Td>{labels.establishmentName(item.primaryEstablishment)}</Table.Td>
              <Table.Td>
                {item.view === 'full' && item.employmentStatus ? (
                  t(`staff.statuses.${item.employmentStatus}`)
                ) : (
                  <Badge variant="light" color="gray" size="sm" title={t('staff.directoryOnly')}>
                    {t('staff.directoryBadge')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
