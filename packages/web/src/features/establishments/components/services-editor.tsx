import { ActionIcon, Button, Group, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { specialties } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { newRowKey, type ServiceRow } from './establishment-form-values';

interface ServicesEditorProps {
  rows: ServiceRow[];
  onChange: (rows: ServiceRow[]) => void;
  /** Errors keyed by field path, e.g. `services.1.beds` or `services.1` (listed twice). */
  errors: Record<string, string>;
  disabled?: boolean;
}

/** The services an establishment offers, each with its beds (0 for outpatient services). */
export function ServicesEditor({ rows, onChange, errors, disabled = false }: ServicesEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatInteger } = useFormatters();
  const options = specialties.map((specialty) => ({
    value: specialty.code,
    label: localizedName(specialty, language),
  }));
  const totalBeds = rows.reduce((sum, row) => sum + (row.beds === '' ? 0 : row.beds), 0);

  const updateRow = (index: number, change: Partial<ServiceRow>) =>
    onChange(rows.map((row, rowIndex) => (rowIndex === index ? { ...row, ...change } : row)));

  function handleAdd() {
    const used = new Set(rows.map((row) => row.specialtyCode));
    const next = specialties.find((specialty) => !used.has(specialty.code)) ?? specialties[0];
    onChange([...rows, { key: newRowKey(), specialtyCode: next?.code ?? '', beds: 0 }]);
  }

  return (
    <Stack gap="xs">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('form.noServices')}
        </Text>
      )}
      {rows.length > 0 && (
        <Group gap="xs" wrap="nowrap" aria-hidden>
          <Text size="sm" fw={500} style={{ flex: 3 }}>
            {t('establishment.specialty')}
          </Text>
          <Text size="sm" fw={500} style={{ flex: 1, minWidth: 90 }}>
            {t('establishment.beds')}
          </Text>
          <div style={{ width: 34 }} />
        </Group>
      )}
      {rows.map((row, index) => (
        <Group key={row.key} align="flex-start" gap="xs" wrap="nowrap">
          <NativeSelect
            style={{ flex: 3 }}
            aria-label={t('form.specialtyRow', { number: index + 1 })}
            data={options}
            value={row.specialtyCode}
            disabled={disabled}
            error={errors[`services.${index}.specialtyCode`] ?? errors[`services.${index}`]}
            onChange={(event) => updateRow(index, { specialtyCode: event.currentTarget.value })}
          />
          <NumberInput
            style={{ flex: 1, minWidth: 90 }}
            aria-label={t('form.bedsRow', { number: index + 1 })}
            min={0}
            max={5000}
            allowDecimal={false}
            allowNegative={false}
            value={row.beds}
            disabled={disabled}
            error={errors[`services.${index}.beds`]}
            onChange={(value) => updateRow(index, { beds: typeof value === 'number' ? value : '' })}
          />
          <ActionIcon
            mt={2}
            variant="subtle"
            color="red"
            size="lg"
            disabled={disabled}
            aria-label={t('form.removeService', { number: index + 1 })}
            title={t('form.removeService', { number: index + 1 })}
            onClick={() => onChange(rows.filter((_, rowIndex) => rowIndex !== index))}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
      ))}
      {errors.services && (
        <Text size="sm" c="red">
          {errors.services}
        </Text>
      )}
      <Group justify="space-between">
        <Button variant="light" size="xs" leftSection={<IconPlus size={16} />} onClick={handleAdd} disabled={disabled}>
          {t('form.addService')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('form.totalBeds', { beds: formatInteger(totalBeds) })}
        </Text>
      </Group>
    </Stack>
  );
}
