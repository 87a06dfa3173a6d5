import { Group, Select } from '@mantine/core';
import { cadres, establishmentTypes } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import type { WisnFilters } from '../api/use-wisn';

interface WisnFiltersBarProps {
  filters: WisnFilters;
  years: number[];
  provinces: { value: string; label: string }[];
  onChange: (filters: WisnFilters) => void;
}

/** Year, province, cadre and establishment type of the WISN page. */
export function WisnFiltersBar({ filters, years, provinces, onChange }: WisnFiltersBarProps) {
  const { t } = useTranslation();
  const all = t('wisn.filters.all');
  return (
    <Group align="end" gap="sm">
      <Select
        label={t('wisn.filters.year')}
        data={years.map(String)}
        value={String(filters.year)}
        onChange={(value) => onChange({ ...filters, year: Number(value ?? filters.year) })}
        allowDeselect={false}
        w={110}
      />
      <Select
        label={t('wisn.filters.province')}
        data={[{ value: '', label: all }, ...provinces]}
        value={filters.provinceCode}
        onChange={(value) => onChange({ ...filters, provinceCode: value ?? '' })}
        allowDeselect={false}
      />
      <Select
        label={t('wisn.filters.cadre')}
        data={[{ value: '', label: all }, ...cadres.map((value) => ({ value, label: t(`wisn.cadre.${value}`) }))]}
        value={filters.cadre}
        onChange={(value) => onChange({ ...filters, cadre: cadres.find((cadre) => cadre === value) ?? '' })}
        allowDeselect={false}
      />
      <Select
        label={t('wisn.filters.type')}
        data={[
          { value: '', label: all },
          ...establishmentTypes.map((value) => ({ value, label: t(`establishmentType.${value}`) })),
        ]}
        value={filters.establishmentType}
        onChange={(value) =>
          onChange({ ...filters, establishmentType: establishmentTypes.find((type) => type === value) ?? '' })
        }
        allowDeselect={false}
      />
    </Group>
  );
}
