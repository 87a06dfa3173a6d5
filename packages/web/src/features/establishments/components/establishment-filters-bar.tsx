import { Button, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import {
  careLevels,
  establishmentStatuses,
  establishmentTypes,
  specialties,
  type CareLevel,
  type EstablishmentStatus,
} from '@tansiq/domain';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { useProvinces } from '../../territory';
import type { EstablishmentFilters } from '../api/establishment-filters';

interface EstablishmentFiltersBarProps {
  regionCode: string;
  filters: EstablishmentFilters;
  onChange: (filters: EstablishmentFilters) => void;
  /** A line such as "42 establishments", shown beside the reset button. */
  summary?: ReactNode;
}

const pick = <T extends string>(values: readonly T[], value: string): T | undefined =>
  values.find((candidate) => candidate === value);

/** Province, type, level, service, status and a name or code search (Latin or Arabic script). */
export function EstablishmentFiltersBar({ regionCode, filters, onChange, summary }: EstablishmentFiltersBarProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const provinces = useProvinces(regionCode);
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const [syncedQ, setSyncedQ] = useState(filters.q);
  // The URL changed from elsewhere (back button, reset, a link): show its search text, unless it is what is typed.
  if (filters.q !== syncedQ) {
    setSyncedQ(filters.q);
    if ((filters.q ?? '') !== searchText.trim()) {
      setSearchText(filters.q ?? '');
    }
  }

  const update = (change: Partial<EstablishmentFilters>) => onChange({ ...filters, ...change, page: 1 });
  const commitSearch = useDebouncedCallback((value: string) => update({ q: value.trim() || undefined }), 400);

  const all = { value: '', label: t('filters.all') };
  return (
    <Stack gap="xs" mb="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="sm">
        <TextInput
          label={t('filters.search')}
          placeholder={t('filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={searchText}
          onChange={(event) => {
            setSearchText(event.currentTarget.value);
            commitSearch(event.currentTarget.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              commitSearch.flush();
            }
          }}
        />
        <NativeSelect
          label={t('filters.province')}
          value={filters.provinceCode ?? ''}
          onChange={(event) => update({ provinceCode: event.currentTarget.value || undefined })}
          data={[
            all,
            ...(provinces.data ?? []).map((province) => ({
              value: province.code,
              label: localizedName(province, language),
            })),
          ]}
        />
        <MultiSelect
          label={t('filters.type')}
          placeholder={filters.type?.length ? undefined : t('filters.all')}
          value={filters.type ?? []}
          onChange={(values) =>
            update({
              type: values.flatMap((value) => pick(establishmentTypes, value) ?? []),
            })
          }
          data={establishmentTypes.map((type) => ({
            value: type,
            label: `${type} — ${t(`establishmentType.${type}`)}`,
          }))}
          clearable
          searchable
        />
        <NativeSelect
          label={t('filters.level')}
          value={filters.level ?? ''}
          onChange={(event) => update({ level: pick<CareLevel>(careLevels, event.currentTarget.value) })}
          data={[all, ...careLevels.map((level) => ({ value: level, label: t(`careLevel.${level}`) }))]}
        />
        <NativeSelect
          label={t('filters.specialty')}
          value={filters.specialtyCode ?? ''}
          onChange={(event) => update({ specialtyCode: event.currentTarget.value || undefined })}
          data={[
            all,
            ...specialties.map((specialty) => ({ value: specialty.code, label: localizedName(specialty, language) })),
          ]}
        />
        <NativeSelect
          label={t('filters.status')}
          value={filters.status ?? ''}
          onChange={(event) =>
            update({ status: pick<EstablishmentStatus>(establishmentStatuses, event.currentTarget.value) })
          }
          data={[
            all,
            ...establishmentStatuses.map((status) => ({ value: status, label: t(`establishmentStatus.${status}`) })),
          ]}
        />
      </SimpleGrid>
      <Group justify="space-between">
        {summary}
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => {
            setSearchText('');
            onChange({ page: 1 });
          }}
        >
          {t('filters.reset')}
        </Button>
      </Group>
    </Stack>
  );
}
