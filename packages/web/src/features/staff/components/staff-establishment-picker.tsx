import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEstablishments } from '../../establishments';

interface StaffEstablishmentPickerProps {
  gstId: string;
  value: string;
  onChange: (establishmentId: string) => void;
  /** A filter rather than a required field: clearable, with its own label. */
  label?: string;
}

/** Finds an establishment of the GST by name or code, searching on the server. */
export function StaffEstablishmentPicker({ gstId, value, onChange, label }: StaffEstablishmentPickerProps) {
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
      label={label ?? t('staff.establishmentId')}
      required={label === undefined}
      clearable={label !== undefined}
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
