import { Group, Stack, Table, Text } from '@mantine/core';
import type { Establishment } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { DemoBadge } from '../../../components/demo-badge';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { StatusBadge } from './status-badge';
import { TypeBadge } from './type-badge';

interface EstablishmentTableProps {
  establishments: readonly Establishment[];
}

/** One page of the registry; each name links to the establishment's page. */
export function EstablishmentTable({ establishments }: EstablishmentTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatInteger } = useFormatters();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('establishment.code')}</Table.Th>
            <Table.Th>{t('establishment.name')}</Table.Th>
            <Table.Th>{t('establishment.type')}</Table.Th>
            <Table.Th>{t('establishment.province')}</Table.Th>
            <Table.Th>{t('establishment.commune')}</Table.Th>
            <Table.Th ta="end">{t('establishment.beds')}</Table.Th>
            <Table.Th>{t('establishment.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {establishments.map((establishment) => (
            <Table.Tr key={establishment.id}>
              <Table.Td>
                <Text size="sm" ff="monospace" dir="ltr" style={{ whiteSpace: 'nowrap' }}>
                  {establishment.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Group gap={6} wrap="nowrap">
                    <AnchorLink
                      to="/establishments/$establishmentId"
                      params={{ establishmentId: establishment.id }}
                      fw={500}
                      size="sm"
                    >
                      {language === 'ar' && establishment.nameAr ? establishment.nameAr : establishment.nameFr}
                    </AnchorLink>
                    {(establishment.isGenerated || establishment.isDemo) && (
                      <DemoBadge kind={establishment.isGenerated ? 'generated' : 'demo'} />
                    )}
                  </Group>
                  {language !== 'ar' && establishment.nameAr && (
                    <Text size="xs" c="dimmed">
                      <span dir="rtl" lang="ar">
                        {establishment.nameAr}
                      </span>
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <TypeBadge type={establishment.type} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{localizedName(establishment.province, language)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{establishment.commune ? localizedName(establishment.commune, language) : '—'}</Text>
              </Table.Td>
              <Table.Td ta="end">
                <Text size="sm">{formatInteger(establishment.totalBeds)}</Text>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={establishment.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
