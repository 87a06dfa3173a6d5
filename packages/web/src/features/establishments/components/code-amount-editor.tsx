import { ActionIcon, Button, Group, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

type Amount = number | '';

export interface CodeAmountLabels {
  empty: string;
  code: string;
  amount: string;
  codeRow: (number: number) => string;
  amountRow: (number: number) => string;
  remove: (number: number) => string;
  add: string;
}

interface CodeAmountEditorProps<
  CodeKey extends string,
  AmountKey extends string,
  Row extends { key: string } & Record<CodeKey, string> & Record<AmountKey, Amount>,
> {
  /** The form field the rows belong to (`services`, `equipment`): errors are keyed `field.index.key`. */
  field: string;
  codeKey: CodeKey;
  amountKey: AmountKey;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  errors: Record<string, string>;
  options: { value: string; label: string }[];
  maxAmount: number;
  /** A new row for the first code not used yet. */
  newRow: (code: string) => Row;
  labels: CodeAmountLabels;
  footer?: ReactNode;
  disabled?: boolean;
}

/** A list of (code, number) rows — services with their beds, equipment with its quantity — to add, edit and remove. */
export function CodeAmountEditor<
  CodeKey extends string,
  AmountKey extends string,
  Row extends { key: string } & Record<CodeKey, string> & Record<AmountKey, Amount>,
>(props: CodeAmountEditorProps<CodeKey, AmountKey, Row>) {
  const { field, codeKey, amountKey, rows, onChange, errors, options, labels, disabled = false } = props;
  const updateRow = (index: number, change: Partial<Row>) =>
    onChange(rows.map((row, rowIndex) => (rowIndex === index ? { ...row, ...change } : row)));

  function handleAdd() {
    const used = new Set<string>(rows.map((row) => row[codeKey]));
    const next = options.find((option) => !used.has(option.value)) ?? options[0];
    onChange([...rows, props.newRow(next?.value ?? '')]);
  }

  return (
    <Stack gap="xs">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {labels.empty}
        </Text>
      )}
      {rows.length > 0 && (
        <Group gap="xs" wrap="nowrap" aria-hidden>
          <Text size="sm" fw={500} style={{ flex: 3 }}>
            {labels.code}
          </Text>
          <Text size="sm" fw={500} style={{ flex: 1, minWidth: 90 }}>
            {labels.amount}
          </Text>
          <div style={{ width: 34 }} />
        </Group>
      )}
      {rows.map((row, index) => (
        <Group key={row.key} align="flex-start" gap="xs" wrap="nowrap">
          <NativeSelect
            style={{ flex: 3 }}
            aria-label={labels.codeRow(index + 1)}
            data={options}
            value={row[codeKey]}
            disabled={disabled}
            error={errors[`${field}.${index}.${codeKey}`] ?? errors[`${field}.${index}`]}
            onChange={(event) => updateRow(index, { [codeKey]: event.currentTarget.value } as Partial<Row>)}
          />
          <NumberInput
            style={{ flex: 1, minWidth: 90 }}
            aria-label={labels.amountRow(index + 1)}
            min={0}
            max={props.maxAmount}
            allowDecimal={false}
            allowNegative={false}
            value={row[amountKey]}
            disabled={disabled}
            error={errors[`${field}.${index}.${amountKey}`]}
            onChange={(value) =>
              updateRow(index, { [amountKey]: typeof value === 'number' ? value : '' } as Partial<Row>)
            }
          />
          <ActionIcon
            mt={2}
            variant="subtle"
            color="red"
            size="lg"
            disabled={disabled}
            aria-label={labels.remove(index + 1)}
            title={labels.remove(index + 1)}
            onClick={() => onChange(rows.filter((_, rowIndex) => rowIndex !== index))}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Group>
      ))}
      {errors[field] && (
        <Text size="sm" c="red">
          {errors[field]}
        </Text>
      )}
      <Group justify="space-between">
        <Button variant="light" size="xs" leftSection={<IconPlus size={16} />} onClick={handleAdd} disabled={disabled}>
          {labels.add}
        </Button>
        {props.footer}
      </Group>
    </Stack>
  );
}
