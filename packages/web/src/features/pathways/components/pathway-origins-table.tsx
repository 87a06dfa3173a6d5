import {
  ActionIcon,
  Checkbox,
  Group,
  Pagination,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconPencil, IconSearch } from '@tabler/icons-react';
import { establishmentTypes, normaliseSearchText, type PathwayMap, type PathwayOrigin } from '@tansiq/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { TypeBadge } from '../../establishments';
import { EstablishmentLabel } from './establishment-label';

export const pathwayRowsPerPage = 20;

interface PathwayOriginsTableProps {
  map: PathwayMap;
  provinceName: (code: string) => string;
  /** Given on a draft to administrators: each row gets an edit button. */
  onEdit?: (origin: PathwayOrigin) => void;
}

function matches(origin: PathwayOrigin, filters: { search: string; province: string | null; type: string | null }) {
  const text = normaliseSearchText(`${origin.origin.code} ${origin.origin.nameFr} ${origin.origin.nameAr ?? ''}`);
  return (
    (filters.search === '' || text.includes(filters.search)) &&
    (filters.province === null || origin.origin.provinceCode === filters.province) &&
    (filters.type === null || origin.origin.type === filters.type)
  );
}

/** The rows of a map: each origin, its ranked destinations, delays, tele-expertise and return; filtered and paged. */
export function PathwayOriginsTable({ map, provinceName, onEdit }: PathwayOriginsTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatInteger } = useFormatters();
  const [search, setSearch] = useState('');
  const [province, setProvince] = useState<string | null>(null);
  const [type, setType] = useState<string | null>(null);
  const [onlyIssues, setOnlyIssues] = useState(false);
  const [page, setPage] = useState(1);

  const withIssues = useMemo(() => new Set(map.issues.map((issue) => issue.originEstablishmentId)), [map.issues]);
  const provinces = useMemo(
    () => [...new Set(map.origins.map((row) => row.origin.provinceCode))].sort(),
    [map.origins],
  );
  const types = establishmentTypes.filter((candidate) => map.origins.some((row) => row.origin.type === candidate));
  const filtered = map.origins.filter(
    (row) =>
      matches(row, { search: normaliseSearchText(search), province, type }) &&
      (!onlyIssues || withIssues.has(row.origin.id)),
  );
  const pageCount = Math.max(1, Math.ceil(filtered.length / pathwayRowsPerPage));
  const current = Math.min(page, pageCount);
  const rows = filtered.slice((current - 1) * pathwayRowsPerPage, current * pathwayRowsPerPage);
  const resetPage =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t('pathways.filters.search')}
          placeholder={t('pathways.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(event) => resetPage(setSearch)(event.currentTarget.value)}
          w={260}
        />
        <Select
          label={t('pathways.filters.province')}
          placeholder={t('pathways.filters.all')}
          data={provinces.map((code) => ({ value: code, label: provinceName(code) }))}
          value={province}
          onChange={resetPage(setProvince)}
          clearable
          w={220}
        />
        <Select
          label={t('pathways.filters.type')}
          placeholder={t('pathways.filters.all')}
          data={types.map((value) => ({ value, label: `${value} · ${t(`establishmentType.${value}`)}` }))}
          value={type}
          onChange={resetPage(setType)}
          clearable
          w={220}
        />
        <Checkbox
          label={t('pathways.filters.onlyIssues')}
          checked={onlyIssues}
          onChange={(event) => resetPage(setOnlyIssues)(event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('pathways.filters.count', { count: filtered.length, formatted: formatInteger(filtered.length) })}
      </Text>
      {filtered.length === 0 ? (
        <Text size="sm">{t('pathways.filters.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={980}>
          <Table striped verticalSpacing="xs" aria-label={t('pathways.view.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th miw={200}>{t('pathways.column.origin')}</Table.Th>
                <Table.Th>{t('pathways.column.type')}</Table.Th>
                <Table.Th>{t('pathways.column.province')}</Table.Th>
                <Table.Th miw={300}>{t('pathways.column.destinations')}</Table.Th>
                <Table.Th title={t('pathways.delaysHint')}>{t('pathways.column.delays')}</Table.Th>
                <Table.Th>{t('pathways.column.teleexpertiseFirst')}</Table.Th>
                <Table.Th>{t('pathways.column.return')}</Table.Th>
                {onEdit && (
                  <Table.Th>
                    <VisuallyHidden>{t('pathways.column.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr
                  key={row.origin.id}
                  bg={withIssues.has(row.origin.id) ? 'var(--mantine-color-orange-light)' : undefined}
                >
                  <Table.Td>
                    <EstablishmentLabel establishment={row.origin} />
                  </Table.Td>
                  <Table.Td>
                    <TypeBadge type={row.origin.type} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{provinceName(row.origin.provinceCode)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2} component="ol" style={{ margin: 0, paddingInlineStart: 18 }}>
                      {row.destinations.map((destination) => (
                        <li key={destination.establishment.id}>
                          <Group gap={6} wrap="nowrap" align="flex-start">
                            <TypeBadge type={destination.establishment.type} />
                            <Text size="xs" lh={1.6}>
                              {localizedName(destination.establishment, language)}
                            </Text>
                          </Group>
                        </li>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }} title={t('pathways.delaysHint')}>
                    <Text size="sm">
                      {t('pathways.delaysValue', {
                        routine: row.maxDelayRoutineDays,
                        urgent: row.maxDelayUrgentDays,
                        emergency: row.maxDelayEmergencyHours,
                      })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{row.teleexpertiseFirst ? t('pathways.yes') : t('pathways.no')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {row.returnEstablishment.id === row.origin.id
                        ? t('pathways.returnToOrigin')
                        : localizedName(row.returnEstablishment, language)}
                    </Text>
                  </Table.Td>
                  {onEdit && (
                    <Table.Td>
                      <ActionIcon
                        variant="light"
                        aria-label={t('pathways.action.editRow', { name: localizedName(row.origin, language) })}
                        title={t('pathways.action.edit')}
                        onClick={() => onEdit(row)}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pageCount > 1 && (
        <Group justify="center">
          <Pagination total={pageCount} value={current} onChange={setPage} />
        </Group>
      )}
    </Stack>
  );
}
