import { Select, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { useRegionCommunes } from '../api/use-region-communes';

interface CommuneSelectProps {
  regionCode: string;
  label: string;
  value: string | null;
  error?: string | undefined;
  onChange: (communeCode: string | null) => void;
}

/** Lower case, no accents, so "tetouan" finds "Tétouan". */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');

/**
 * A searchable picker of the region's communes (HCP codes). Names show in the UI's language (Arabic in Arabic), and
 * typing either the French or the Arabic name finds the commune.
 */
export function CommuneSelect({ regionCode, label, value, error, onChange }: CommuneSelectProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const communes = useRegionCommunes(regionCode);

  const { options, searchText } = useMemo(() => {
    const list = communes.data ?? [];
    const items: ComboboxItem[] = list
      .map((commune) => ({ value: commune.code, label: localizedName(commune, language) }))
      .sort((a, b) => a.label.localeCompare(b.label, language));
    const texts = new Map(list.map((commune) => [commune.code, fold(`${commune.nameFr} ${commune.nameAr}`)]));
    return { options: items, searchText: texts };
  }, [communes.data, language]);

  const filter: OptionsFilter = ({ options: all, search }) => {
    const needle = fold(search.trim());
    return all.filter((option) => 'value' in option && (searchText.get(option.value) ?? '').includes(needle));
  };

  return (
    <Select
      label={label}
      searchable
      clearable
      data={options}
      filter={filter}
      limit={50}
      value={value}
      error={error}
      disabled={communes.isError}
      placeholder={communes.isPending ? t('common.loading') : t('patients.search.communePlaceholder')}
      nothingFoundMessage={t('patients.search.noCommune')}
      onChange={(selected) => onChange(selected)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
