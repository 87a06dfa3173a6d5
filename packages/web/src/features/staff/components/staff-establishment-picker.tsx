import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEstablishments } from '../../establishments';

interface StaffEstablishmentPickerProps {
  gstId: string;
  value: string;
  onChange: (establishmentId: string) => void;
}

/** Finds an establishment of the GST by name or code, searching on the server. */
export function StaffEstablishmentPicker({ gstId, value, onChange }: StaffEstablishmentPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  const results = useEstablishments(gstId, { q: debounced.trim() || undefined, page: 1 });
  const options = (results.data?.items ?? []).map((item) => ({
    value: item.id,
    label: `${item.nameFr} (${item.code})`,
  }));
  return (
    <Select
      label={t('staff.establishmentId')}
      required
      searchable
      w={300}
      value={value === '' ? null : value}
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      filter={({ options: all }) => all}
      onChange={(selected) => onChange(selected ?? '')}
    />
  );
}
