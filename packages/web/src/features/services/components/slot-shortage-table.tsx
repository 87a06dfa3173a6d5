import { Badge, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { SlotShortage } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { useServiceLabels } from './use-service-labels';

/** Services short of slots: capacity, booked, waiting referrals and the shortage, with free slots week by week. */
export function SlotShortageTable({ shortages }: { shortages: SlotShortage[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatInteger } = useFormatters();
  const { specialtyName, shortDay } = useServiceLabels();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('services.columns.service')}</Table.Th>
            <Table.Th ta="end">{t('services.shortage.capacity')}</Table.Th>
            <Table.Th ta="end">{t('services.shortage.booked')}</Table.Th>
            <Table.Th ta="end">{t('services.shortage.pending')}</Table.Th>
            <Table.Th ta="end">{t('services.shortage.shortage')}</Table.Th>
            <Table.Th>{t('services.shortage.freeByWeek')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shortages.map((item) => (
            <Table.Tr key={`${item.establishment.id}/${item.specialtyCode}`}>
              <Table.Td>
                <Stack gap={0}>
                  <AnchorLink
                    to="/services/$establishmentId/$specialtyCode"
                    params={{ establishmentId: item.establishment.id, specialtyCode: item.specialtyCode }}
                    fw={600}
                  >
                    {specialtyName(item.specialtyCode)}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {localizedName(item.establishment, language)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td ta="end">{formatInteger(item.capacity)}</Table.Td>
              <Table.Td ta="end">{formatInteger(item.booked)}</Table.Td>
              <Table.Td ta="end">{formatInteger(item.pending)}</Table.Td>
              <Table.Td ta="end">
                <Badge color="red" variant="light">
                  {formatInteger(item.shortage)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {item.weeks.map((week) => (
                    <Tooltip
                      key={week.weekStart}
                      label={t('services.shortage.week', { day: shortDay(week.weekStart) })}
                    >
                      <Badge variant="outline" color={week.free === 0 ? 'red' : 'gray'}>
                        {formatInteger(week.free)}
                      </Badge>
                    </Tooltip>
                  ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
