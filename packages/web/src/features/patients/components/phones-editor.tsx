import { ActionIcon, Button, Group, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { maxPhones } from './patient-form-values';

interface PhonesEditorProps {
  phones: readonly string[];
  errors: Record<string, string>;
  /** The path of the list in the input, e.g. `patient.phones`. */
  errorPrefix: string;
  onChange: (phones: string[]) => void;
}

/** Up to three phones (a family often shares one; prepaid numbers change). */
export function PhonesEditor({ phones, errors, errorPrefix, onChange }: PhonesEditorProps) {
  const { t } = useTranslation();
  const listError = errors[errorPrefix];
  return (
    <Stack gap={4}>
      {phones.map((phone, index) => (
        <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('patients.field.phoneNumbered', { number: index + 1 })}
            type="tel"
            dir="ltr"
            autoComplete="off"
            value={phone}
            error={errors[`${errorPrefix}.${index}`] ?? (index === 0 ? listError : undefined)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onChange(phones.map((current, position) => (position === index ? value : current)));
            }}
            style={{ flex: 1 }}
          />
          {phones.length > 1 && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={errors[`${errorPrefix}.${index}`] ? 22 : 2}
              aria-label={t('patients.form.removePhone', { number: index + 1 })}
              onClick={() => onChange(phones.filter((_, position) => position !== index))}
            >
              <IconTrash size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {phones.length < maxPhones && (
        <Group>
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange([...phones, ''])}
          >
            {t('patients.form.addPhone')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
