import { Alert, Button, Card, Group, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { updateDirectoryEntryInputSchema, type DirectoryEntry } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { describeError } from '../../../lib/describe-error';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useSaveDirectoryEntry } from '../api/use-service-writes';

const flags = ['acceptsReferrals', 'directBooking', 'offersTeleexpertise', 'offersTeleconsultation'] as const;

interface DirectoryEntryFormProps {
  entry: DirectoryEntry;
  canEdit: boolean;
}

/** What the service receives referrals for; read-only for those who may not edit it. */
export function DirectoryEntryForm({ entry, canEdit }: DirectoryEntryFormProps) {
  const { t } = useTranslation();
  const save = useSaveDirectoryEntry(entry.establishmentId, entry.specialtyCode);
  const { errors, validate } = useFieldErrors(save.error);
  const [values, setValues] = useState({
    acceptsReferrals: entry.acceptsReferrals,
    directBooking: entry.directBooking,
    offersTeleexpertise: entry.offersTeleexpertise,
    offersTeleconsultation: entry.offersTeleconsultation,
    criteria: entry.criteria ?? '',
    notes: entry.notes ?? '',
  });
  const [syncedVersion, setSyncedVersion] = useState(entry.version);
  // A newer version arrived (saved here or elsewhere): show it.
  if (entry.version !== syncedVersion) {
    setSyncedVersion(entry.version);
    setValues({
      acceptsReferrals: entry.acceptsReferrals,
      directBooking: entry.directBooking,
      offersTeleexpertise: entry.offersTeleexpertise,
      offersTeleconsultation: entry.offersTeleconsultation,
      criteria: entry.criteria ?? '',
      notes: entry.notes ?? '',
    });
  }

  function handleSubmit(event: React.FormEvent) {
    event.preventDefault();
    const input = validate(updateDirectoryEntryInputSchema, {
      ...values,
      headUserId: entry.headUserId,
      version: entry.version,
    });
    if (input) {
      save.mutate(input, {
        onSuccess: () => notifications.show({ color: 'teal', message: t('services.entry.saved') }),
      });
    }
  }

  return (
    <Card withBorder padding="md" component="section" aria-label={t('services.entry.title')}>
      <form onSubmit={handleSubmit}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('services.entry.title')}
          </Title>
          {entry.version === 0 && (
            <Text size="sm" c="dimmed">
              {t('services.entry.notFilled')}
            </Text>
          )}
          {flags.map((flag) => (
            <Switch
              key={flag}
              label={t(`services.entry.${flag}`)}
              checked={values[flag]}
              disabled={!canEdit}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setValues((current) => ({ ...current, [flag]: checked }));
              }}
            />
          ))}
          <Textarea
            label={t('services.entry.criteria')}
            description={t('services.entry.criteriaHint')}
            autosize
            minRows={2}
            maxRows={6}
            readOnly={!canEdit}
            dir="auto"
            value={values.criteria}
            error={errors.criteria}
            onChange={(event) => {
              const criteria = event.currentTarget.value;
              setValues((current) => ({ ...current, criteria }));
            }}
          />
          <Textarea
            label={t('services.entry.notes')}
            autosize
            minRows={2}
            maxRows={6}
            readOnly={!canEdit}
            dir="auto"
            value={values.notes}
            error={errors.notes}
            onChange={(event) => {
              const notes = event.currentTarget.value;
              setValues((current) => ({ ...current, notes }));
            }}
          />
          {save.isError && (
            <Alert color="red">
              {isApiError(save.error) && save.error.code === 'conflict'
                ? t('services.entry.conflict')
                : describeError(save.error, t)}
            </Alert>
          )}
          {canEdit && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                {t('services.entry.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}
