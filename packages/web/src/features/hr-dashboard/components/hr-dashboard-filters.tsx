import { Group, Select } from '@mantine/core';
import { shiftMonth } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HrDashboardFilters } from '../api/use-hr-dashboard';

const intlLocale = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' } as const;

interface HrDashboardFiltersBarProps {
  filters: HrDashboardFilters;
  /** The current month (`YYYY-MM`): the list runs from 24 months before it to 3 months after. */
  currentMonth: string;
  /** The provinces the actor may choose; null hides the choice (an establishment-only view). */
  provinces: { value: string; label: string }[] | null;
  onChange: (filters: HrDashboardFilters) => void;
}

/** Month and province of the HR dashboards. */
export function HrDashboardFiltersBar({ filters, currentMonth, provinces, onChange }: HrDashboardFiltersBarProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'ar' || i18n.language === 'en' ? i18n.language : 'fr';
  const months = useMemo(() => {
    const format = new Intl.DateTimeFormat(intlLocale[language], { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return Array.from({ length: 28 }, (_, index) => shiftMonth(currentMonth, 3 - index)).map((value) => ({
      value,
      label: format.format(new Date(`${value}-01T12:00:00Z`)),
    }));
  }, [currentMonth, language]);
  return (
    <Group align="end" gap="sm" role="group" aria-label={t('hrDashboard.filters.label')}>
      <Select
        label={t('hrDashboard.filters.month')}
        data={months}
        value={filters.month}
        onChange={(value) => onChange({ ...filters, month: value ?? filters.month })}
        allowDeselect={false}
        w={200}
      />
      {provinces && (
        <Select
          label={t('hrDashboard.filters.province')}
          data={[{ value: '', label: t('hrDashboard.filters.allProvinces') }, ...provinces]}
          value={filters.provinceCode}
          onChange={(value) => onChange({ ...filters, provinceCode: value ?? '' })}
          allowDeselect={false}
          w={240}
        />
      )}
    </Group>
  );
}
