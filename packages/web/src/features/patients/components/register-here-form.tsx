import { Button, Group, TextInput } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { localPatientIdSchema } from '@tansiq/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface RegisterHereFormProps {
  registering: boolean;
  /** The server's answer when it refused (e.g. the number belongs to another patient here), translated. */
  error?: string | undefined;
  onSubmit: (localId: string | null) => void;
  onCancel: () => void;
}

/** Asks for the establishment's own patient number (IPP), which is optional, before attaching the patient here. */
export function RegisterHereForm({ registering, error, onSubmit, onCancel }: RegisterHereFormProps) {
  const { t } = useTranslation();
  const [localId, setLocalId] = useState('');
  const [invalid, setInvalid] = useState(false);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (localId.trim() === '') {
      onSubmit(null);
      return;
    }
    const parsed = localPatientIdSchema.safeParse(localId);
    setInvalid(!parsed.success);
    if (parsed.success) {
      onSubmit(parsed.data);
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Group gap="xs" align="flex-end" justify="flex-end" wrap="wrap">
        <TextInput
          size="xs"
          label={t('patients.field.localId')}
          description={t('patients.registerHere.hint')}
          dir="ltr"
          autoFocus
          value={localId}
          error={invalid ? t('patients.validation.localId') : error}
          onChange={(event) => {
            setLocalId(event.currentTarget.value);
            setInvalid(false);
          }}
          style={{ flex: '1 1 200px' }}
        />
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" type="submit" loading={registering} leftSection={<IconCheck size={14} />}>
            {t('patients.registerHere.confirm')}
          </Button>
          <Button size="xs" variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Group>
    </form>
  );
}
