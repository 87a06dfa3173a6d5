import { Card, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { equipmentTypes, specialties, type Establishment } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';

/** Services with their beds, and key equipment, with labels in the current language. */
export function EstablishmentCapacity({ establishment }: { establishment: Establishment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatInteger } = useFormatters();
  const specialtyName = (code: string) => {
    const specialty = specialties.find((candidate) => candidate.code === code);
    return specialty ? localizedName(specialty, language) : code;
  };
  const equipmentName = (code: string) => {
    const equipment = equipmentTypes.find((candidate) => candidate.code === code);
    return equipment ? localizedName(equipment, language) : code;
  };
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Card withBorder padding="md">
        <Title order={2} size="h4" mb="sm">
          {t('establishment.services')}
        </Title>
        {establishment.services.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('establishment.noServices')}
          </Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('establishment.specialty')}</Table.Th>
                <Table.Th ta="end">{t('establishment.beds')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {establishment.services.map((service) => (
                <Table.Tr key={service.specialtyCode}>
                  <Table.Td>{specialtyName(service.specialtyCode)}</Table.Td>
                  <Table.Td ta="end">{formatInteger(service.beds)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('establishment.totalBeds')}</Table.Th>
                <Table.Th ta="end" data-testid="total-beds">
                  {formatInteger(establishment.totalBeds)}
                </Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        )}
      </Card>
      <Card withBorder padding="md">
        <Title order={2} size="h4" mb="sm">
          {t('establishment.equipment')}
        </Title>
        {establishment.equipment.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('establishment.noEquipment')}
          </Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('establishment.equipmentItem')}</Table.Th>
                <Table.Th ta="end">{t('establishment.quantity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {establishment.equipment.map((item) => (
                <Table.Tr key={item.equipmentCode}>
                  <Table.Td>{equipmentName(item.equipmentCode)}</Table.Td>
                  <Table.Td ta="end">{formatInteger(item.quantity)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </SimpleGrid>
  );
}
