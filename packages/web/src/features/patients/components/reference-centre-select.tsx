import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { usePrimaryCareEstablishments } from '../api/use-primary-care-establishments';

interface ReferenceCentreSelectProps {
  gstId: string;
  label: string;
  value: string | null;
  valueLabel: string;
  error?: string | undefined;
  onChange: (establishmentId: string | null, label: string) => void;
}

/** The patient's reference primary care centre (optional), found by name or code on the server. */
export function ReferenceCentreSelect({
  gstId,
  label,
  value,
  valueLabel,
  error,
  onChange,
}: ReferenceCentreSelectProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const results = usePrimaryCareEstablishments(gstId, debouncedSearch === valueLabel ? '' : debouncedSearch);
  const options = (results.data?.items ?? []).map((establishment) => ({
    value: establishment.id,
    label: `${localizedName(establishment, language)} (${establishment.code})`,
  }));
  if (value !== null && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: valueLabel || value });
  }
  return (
    <Select
      label={label}
      description={t('patients.form.referenceCentreHint')}
      searchable
      clearable
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('patients.form.noEstablishment')}
      error={error}
      onChange={(selected, option) => onChange(selected, option?.label ?? '')}
    />
  );
}
