import { Text } from '@mantine/core';
import type { FieldValueText } from './use-field-value';

/** A formatted value, with its own direction for Arabic names and Latin codes. */
export function FieldValue({ value, fw }: { value: FieldValueText; fw?: number }) {
  return (
    <Text size="sm" fw={fw} c={value.text === '—' ? 'dimmed' : undefined}>
      <span dir={value.dir} lang={value.lang}>
        {value.text}
      </span>
    </Text>
  );
}
