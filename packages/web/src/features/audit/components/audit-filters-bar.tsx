import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconFilterOff } from '@tabler/icons-react';
import { auditOutcomes } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilters } from '../api/audit-filters';

interface AuditFiltersBarProps {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
}

type TextFilter = 'action' | 'entityType' | 'entityId';

/** Action, entity, outcome and date range. */
export function AuditFiltersBar({ filters, onChange }: AuditFiltersBarProps) {
  const { t } = useTranslation();
  const fromUrl = {
    action: filters.action ?? '',
    entityType: filters.entityType ?? '',
    entityId: filters.entityId ?? '',
  };
  const [text, setText] = useState<Record<TextFilter, string>>(fromUrl);
  const [synced, setSynced] = useState(fromUrl);
  // The URL changed from elsewhere (reset, back button): show its values, except the field being typed.
  const changed = (Object.keys(fromUrl) as TextFilter[]).filter((field) => fromUrl[field] !== synced[field]);
  if (changed.length > 0) {
    setSynced(fromUrl);
    setText((current) => ({
      ...current,
      ...Object.fromEntries(
        changed.filter((field) => fromUrl[field] !== current[field].trim()).map((field) => [field, fromUrl[field]]),
      ),
    }));
  }

  const update = (change: Partial<AuditFilters>) => onChange({ ...filters, ...change, page: 1 });
  const commitText = useDebouncedCallback(
    (field: TextFilter, value: string) => update({ [field]: value.trim() || undefined }),
    400,
  );
  const textInput = (field: TextFilter) => (
    <TextInput
      label={t(`audit.${field}`)}
      dir="ltr"
      value={text[field]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setText((current) => ({ ...current, [field]: value }));
        commitText(field, value);
      }}
    />
  );

  return (
    <Group align="flex-end" gap="sm" mb="md">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="sm" style={{ flex: 1 }}>
        {textInput('action')}
        {textInput('entityType')}
        {textInput('entityId')}
        <NativeSelect
          label={t('audit.outcome')}
          value={filters.outcome ?? ''}
          data={[
            { value: '', label: t('filters.all') },
            ...auditOutcomes.map((outcome) => ({ value: outcome, label: t(`audit.outcomes.${outcome}`) })),
          ]}
          onChange={(event) =>
            update({ outcome: auditOutcomes.find((outcome) => outcome === event.currentTarget.value) })
          }
        />
        <TextInput
          type="date"
          label={t('audit.from')}
          value={filters.from ?? ''}
          onChange={(event) => update({ from: event.currentTarget.value || undefined })}
        />
        <TextInput
          type="date"
          label={t('audit.to')}
          value={filters.to ?? ''}
          onChange={(event) => update({ to: event.currentTarget.value || undefined })}
        />
      </SimpleGrid>
      <Button variant="subtle" leftSection={<IconFilterOff size={16} />} onClick={() => onChange({ page: 1 })}>
        {t('filters.reset')}
      </Button>
    </Group>
  );
}
