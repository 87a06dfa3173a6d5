import { ActionIcon, Button, Group, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { equipmentTypes } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { newRowKey, type EquipmentRow } from './establishment-form-values';

interface EquipmentEditorProps {
  rows: EquipmentRow[];
  onChange: (rows: EquipmentRow[]) => void;
  errors: Record<string, string>;
  disabled?: boolean;
}

/** Key equipment counted by the carte sanitaire (scanners, dialysis stations, delivery rooms…). */
export function EquipmentEditor({ rows, onChange, errors, disabled = false }: EquipmentEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const options = equipmentTypes.map((equipment) => ({
    value: equipment.code,
    label: localizedName(equipment, language),
  }));

  const updateRow = (index: number, change: Partial<EquipmentRow>) =>
    onChange(rows.map((row, rowIndex) => (rowIndex === index ? { ...row, ...change } : row)));

  function handleAdd() {
    const used = new Set(rows.map((row) => row.equipmentCode));
    const next = equipmentTypes.find((equipment) => !used.has(equipment.code)) ?? equipmentTypes[0];
    onChange([...rows, { key: newRowKey(), equipmentCode: next?.code ?? '', quantity: 1 }]);
  }

  return (
    <Stack gap="xs">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('form.noEquipment')}
        </Text>
      )}
      {rows.length > 0 && (
        <Group gap="xs" wrap="nowrap" aria-hidden>
          <Text size="sm" fw={500} style={{ flex: 3 }}>
            {t('establishment.equipmentItem')}
          </Text>
          <Text size="sm" fw={500} style={{ flex: 1, minWidth: 90 }}>
            {t('establishment.quantity')}
          </Text>
          <div style={{ width: 34 }} />
        </Group>
      )}
      {rows.map((row, index) => (
        <Group key={row.key} align="flex-start" gap="xs" wrap="nowrap">
          <NativeSelect
            style={{ flex: 3 }}
            aria-label={t('form.equipmentRow', { number: index + 1 })}
            data={options}
            value={row.equipmentCode}
            disabled={disabled}
            error={errors[`equipment.${index}.equipmentCode`] ?? errors[`equipment.${index}`]}
            onChange={(event) => updateRow(index, { equipmentCode: event.currentTarget.value })}
          />
          <NumberInput
            style={{ flex: 1, minWidth: 90 }}
            aria-label={t('form.quantityRow', { number: index + 1 })}
            min={0}
            max={1000}
            allowDecimal={false}
            allowNegative={false}
            value={row.quantity}
            disabled={disabled}
            error={errors[`equipment.${index}.quantity`]}
            onChange={(value) => updateRow(index, { quantity: typeof value === 'number' ? value : '' })}
          />
          <ActionIcon
            mt={2}
            variant="subtle"
            color="red"
            size="lg"
            disabled={disabled}
            aria-label={t('form.removeEquipment', { number: index + 1 })}
            title={t('form.removeEquipment', { number: index + 1 })}
            onClick={() => onChange(rows.filter((_, rowIndex) => rowIndex !== index))}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
      ))}
      {errors.equipment && (
        <Text size="sm" c="red">
          {errors.equipment}
        </Text>
      )}
      <Group>
        <Button variant="light" size="xs" leftSection={<IconPlus size={16} />} onClick={handleAdd} disabled={disabled}>
          {t('form.addEquipment')}
        </Button>
      </Group>
    </Stack>
  );
}
