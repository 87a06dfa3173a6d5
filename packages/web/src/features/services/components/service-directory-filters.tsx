import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { specialties } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { useProvinces } from '../../territory';
import type { ServiceDirectoryFilters } from '../api/use-service-directory';

interface ServiceDirectoryFiltersBarProps {
  regionCode: string;
  filters: ServiceDirectoryFilters;
  onChange: (filters: ServiceDirectoryFilters) => void;
}

/** Specialty, province, and a search on the establishment's name or code and the criteria. */
export function ServiceDirectoryFiltersBar({ regionCode, filters, onChange }: ServiceDirectoryFiltersBarProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const provinces = useProvinces(regionCode);
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const update = (change: Partial<ServiceDirectoryFilters>) => onChange({ ...filters, ...change, page: 1 });
  const commitSearch = useDebouncedCallback((value: string) => update({ q: value.trim() || undefined }), 400);
  const all = { value: '', label: t('filters.all') };
  const sortedSpecialties = [...specialties]
    .map((specialty) => ({ value: specialty.code, label: localizedName(specialty, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mb="md">
      <NativeSelect
        label={t('services.filters.specialty')}
        value={filters.specialtyCode ?? ''}
        onChange={(event) => update({ specialtyCode: event.currentTarget.value || undefined })}
        data={[all, ...sortedSpecialties]}
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
      <TextInput
        label={t('services.filters.search')}
        placeholder={t('services.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={searchText}
        onChange={(event) => {
          setSearchText(event.currentTarget.value);
          commitSearch(event.currentTarget.value);
        }}
      />
    </SimpleGrid>
  );
}
