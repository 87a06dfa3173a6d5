import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { ServiceDirectoryItem } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { useServiceLabels } from './use-service-labels';

/** The directory's lines: service, what it receives, next free slot and beds with the time of their update. */
export function ServiceDirectoryTable({ items }: { items: ServiceDirectoryItem[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDateTime, formatInteger } = useFormatters();
  const { specialtyName, ago } = useServiceLabels();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('services.columns.service')}</Table.Th>
            <Table.Th>{t('services.columns.referrals')}</Table.Th>
            {/* Narrow screens (800 px) keep the decision columns; the service page shows the criteria. */}
            <Table.Th visibleFrom="md">{t('services.columns.criteria')}</Table.Th>
            <Table.Th>{t('services.columns.nextFreeSlot')}</Table.Th>
            <Table.Th ta="end">{t('services.columns.beds')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
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
                    {localizedName(item.establishment, language)} · {item.establishment.type}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {item.entry.version === 0 ? (
                    <Badge variant="outline" color="gray">
                      {t('services.notFilled')}
                    </Badge>
                  ) : (
                    <Badge variant="light" color={item.entry.acceptsReferrals ? 'teal' : 'gray'}>
                      {item.entry.acceptsReferrals ? t('services.accepts') : t('services.doesNotAccept')}
                    </Badge>
                  )}
                  {item.entry.directBooking && (
                    <Badge variant="light" color="blue">
                      {t('services.directBooking')}
                    </Badge>
                  )}
                  {item.entry.offersTeleexpertise && (
                    <Badge variant="light" color="grape">
                      {t('services.teleexpertise')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td maw={320} visibleFrom="md">
                <Text size="sm" lineClamp={2} dir="auto">
                  {item.entry.criteria ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                {item.nextFreeSlot ? (
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(item.nextFreeSlot.startsAt)}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {item.weeklySessions === 0 ? t('services.noSessions') : t('services.noFreeSlot')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="end">
                {item.beds ? (
                  <Stack gap={0} align="flex-end">
                    <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {t('services.bedsOf', {
                        available: formatInteger(item.beds.bedsAvailable),
                        total: formatInteger(item.registryBeds),
                      })}
                    </Text>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {t('services.updated', { ago: ago(item.beds.updatedAt) })}
                    </Text>
                  </Stack>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
