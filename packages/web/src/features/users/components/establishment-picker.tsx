import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEstablishments } from '../../establishments';

interface EstablishmentPickerProps {
  label: string;
  gstId: string;
  value: string;
  valueLabel: string;
  error?: string;
  onChange: (establishmentId: string, label: string) => void;
}

/** Finds an establishment of the GST by name or code (Latin or Arabic), searching on the server. */
export function EstablishmentPicker({ label, gstId, value, valueLabel, error, onChange }: EstablishmentPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const results = useEstablishments(gstId, { q: debouncedSearch.trim() || undefined, page: 1 });
  const options = (results.data?.items ?? []).map((establishment) => ({
    value: establishment.id,
    label: `${establishment.nameFr} (${establishment.code})`,
  }));
  if (value !== '' && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: valueLabel });
  }
  return (
    <Select
      label={label}
      required
      searchable
      value={value === '' ? null : value}
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('users.noEstablishment')}
      error={error}
      onChange={(selected, option) => onChange(selected ?? '', option?.label ?? '')}
    />
  );
}
