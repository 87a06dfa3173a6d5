import { Group, NativeSelect, SegmentedControl, TextInput } from '@mantine/core';
import { indicatorSides, specialties, type IndicatorSide, type Locale } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { useProvinces } from '../../territory';
import type { IndicatorFilters } from '../api/use-referral-indicators';
import { periodPresets, presetPeriod, type PeriodPreset } from './period';

interface IndicatorFiltersBarProps {
  filters: IndicatorFilters;
  preset: PeriodPreset;
  regionCode: string;
  today: string;
  /** Establishments to pick from (those with referrals in the period), already named. */
  establishments: { id: string; name: string }[];
  onChange: (filters: IndicatorFilters, preset: PeriodPreset) => void;
}

const named = (item: { nameFr: string; nameAr?: string | null; nameEn?: string | null }, language: Locale) =>
  localizedName(item, language);

/** Period (presets or custom dates), specialty, province, establishment and side of the referrals read. */
export function IndicatorFiltersBar({
  filters,
  preset,
  regionCode,
  today,
  establishments,
  onChange,
}: IndicatorFiltersBarProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const provinces = useProvinces(regionCode);
  const set = (change: Partial<IndicatorFilters>) => onChange({ ...filters, ...change }, preset);
  const all = { value: '', label: t('referralIndicators.filters.all') };

  return (
    <Group align="end" gap="sm" wrap="wrap">
      <SegmentedControl
        aria-label={t('referralIndicators.filters.period')}
        value={preset}
        data={periodPresets.map((value) => ({ value, label: t(`referralIndicators.preset.${value}`) }))}
        onChange={(value) => {
          const next = periodPresets.find((candidate) => candidate === value) ?? preset;
          onChange({ ...filters, ...(presetPeriod(next, today) ?? {}) }, next);
        }}
      />
      {preset === 'custom' && (
        <>
          <TextInput
            type="date"
            label={t('referralIndicators.filters.from')}
            value={filters.from}
            max={filters.to}
            onChange={(event) => event.currentTarget.value && set({ from: event.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('referralIndicators.filters.to')}
            value={filters.to}
            min={filters.from}
            onChange={(event) => event.currentTarget.value && set({ to: event.currentTarget.value })}
          />
        </>
      )}
      <NativeSelect
        label={t('referralIndicators.filters.specialty')}
        value={filters.specialtyCode}
        data={[all, ...specialties.map((specialty) => ({ value: specialty.code, label: named(specialty, language) }))]}
        onChange={(event) => set({ specialtyCode: event.currentTarget.value })}
      />
      <NativeSelect
        label={t('referralIndicators.filters.province')}
        value={filters.provinceCode}
        data={[
          all,
          ...(provinces.data ?? []).map((province) => ({ value: province.code, label: named(province, language) })),
        ]}
        onChange={(event) => set({ provinceCode: event.currentTarget.value })}
      />
      <NativeSelect
        label={t('referralIndicators.filters.establishment')}
        value={filters.establishmentId}
        maw={280}
        data={[all, ...establishments.map((establishment) => ({ value: establishment.id, label: establishment.name }))]}
        onChange={(event) => set({ establishmentId: event.currentTarget.value })}
      />
      <SegmentedControl
        aria-label={t('referralIndicators.filters.side')}
        value={filters.side}
        data={indicatorSides.map((value) => ({ value, label: t(`referralIndicators.side.${value}`) }))}
        onChange={(value) =>
          set({
            side: indicatorSides.find((candidate): candidate is IndicatorSide => candidate === value) ?? 'destination',
          })
        }
      />
    </Group>
  );
}
