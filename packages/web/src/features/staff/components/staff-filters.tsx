import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { cadreSchema, cadres, employmentStatusSchema, employmentStatuses } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffFilters } from '../api/use-staff';

interface StaffFiltersBarProps {
  filters: StaffFilters;
  onChange: (filters: StaffFilters) => void;
}

/** Text search (on Enter), cadre and employment status; every change goes back to page 1. */
export function StaffFiltersBar({ filters, onChange }: StaffFiltersBarProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(filters.q ?? '');
  return (
    <Group mb="md" gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label={t('staff.search')}
        leftSection={<IconSearch size={16} />}
        value={text}
        w={260}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            onChange({ ...filters, q: text.trim() || undefined, page: 1 });
          }
        }}
      />
      <Select
        label={t('staff.columns.cadre')}
        placeholder={t('staff.allCadres')}
        clearable
        w={220}
        value={filters.cadre ?? null}
        data={cadres.map((cadre) => ({ value: cadre, label: t(`staff.cadres.${cadre}`) }))}
        onChange={(value) => onChange({ ...filters, cadre: cadreSchema.safeParse(value).data, page: 1 })}
      />
      <Select
        label={t('staff.columns.status')}
        placeholder={t('staff.allStatuses')}
        clearable
        w={220}
        value={filters.employmentStatus ?? null}
        data={employmentStatuses.map((status) => ({ value: status, label: t(`staff.statuses.${status}`) }))}
        onChange={(value) =>
          onChange({ ...filters, employmentStatus: employmentStatusSchema.safeParse(value).data, page: 1 })
        }
      />
    </Group>
  );
}
