import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { publishPathwayMapInputSchema, todayInMorocco, type PathwayMap } from '@tansiq/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { usePublishPathwayMap } from '../api/use-pathway-changes';

/** Publishes a draft from an effective date, today or later. */
export function PublishPathwayModal({ map, onClose }: { map: PathwayMap; onClose: () => void }) {
  const { t } = useTranslation();
  const publish = usePublishPathwayMap(map.id);
  const [effectiveFrom, setEffectiveFrom] = useState(todayInMorocco);
  const { errors, serverIssues, validate } = useFieldErrors(publish.error);
  const mapIssues = serverIssues.filter((issue) => issue.path[0] === 'origins');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = validate(publishPathwayMapInputSchema, { revision: map.revision, effectiveFrom });
    if (input) {
      publish.mutate(input, { onSuccess: onClose });
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('pathways.publish.title', { version: map.version })}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          {mapIssues.length > 0 && (
            <Alert color="orange" role="alert">
              {t('pathways.publish.invalid', { count: mapIssues.length })}
            </Alert>
          )}
          {publish.error && serverIssues.length === 0 && <ErrorPanel error={publish.error} />}
          <Text size="sm">{t('pathways.publish.message')}</Text>
          <TextInput
            type="date"
            label={t('pathways.publish.effectiveFrom')}
            value={effectiveFrom}
            min={todayInMorocco()}
            onChange={(event) => setEffectiveFrom(event.currentTarget.value)}
            error={errors.effectiveFrom}
            required
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={publish.isPending}>
              {t('pathways.action.publish')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
