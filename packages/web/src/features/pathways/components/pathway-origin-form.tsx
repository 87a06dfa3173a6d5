import { ActionIcon, Alert, Button, Group, Modal, NumberInput, Select, Stack, Switch, Text } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import {
  maxPathwayDestinations,
  pathwayDelayMessages,
  pathwayIssueCodes,
  updatePathwayOriginInputSchema,
  type PathwayEstablishmentRef,
  type PathwayMap,
  type PathwayOrigin,
} from '@tansiq/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { isApiError } from '../../../lib/api-error';
import { localizedName } from '../../../lib/localized-name';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useLanguage } from '../../../lib/use-language';
import { useUpdatePathwayOrigin } from '../api/use-pathway-changes';

interface PathwayOriginFormProps {
  map: PathwayMap;
  origin: PathwayEstablishmentRef;
  /** The current row; none when the origin is being added (an uncovered centre). */
  row: PathwayOrigin | undefined;
  onClose: () => void;
}

interface Values {
  destinationIds: (string | null)[];
  maxDelayRoutineDays: number | string;
  maxDelayUrgentDays: number | string;
  maxDelayEmergencyHours: number | string;
  teleexpertiseFirst: boolean;
  returnEstablishmentId: string | null;
}

const initialValues = (origin: PathwayEstablishmentRef, row: PathwayOrigin | undefined): Values => ({
  destinationIds: row ? row.destinations.map((destination) => destination.establishment.id) : [null],
  maxDelayRoutineDays: row?.maxDelayRoutineDays ?? 30,
  maxDelayUrgentDays: row?.maxDelayUrgentDays ?? 3,
  maxDelayEmergencyHours: row?.maxDelayEmergencyHours ?? 6,
  teleexpertiseFirst: row?.teleexpertiseFirst ?? false,
  returnEstablishmentId: row?.returnEstablishment.id ?? origin.id,
});

const isPathwayIssueCode = (code: string | undefined) =>
  code !== undefined && (pathwayIssueCodes as readonly string[]).includes(code);

/** The form of one origin's row of a draft: ranked destinations, delays, tele-expertise first, return. */
export function PathwayOriginForm({ map, origin, row, onClose }: PathwayOriginFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const update = useUpdatePathwayOrigin(map.id);
  const [values, setValues] = useState(() => initialValues(origin, row));
  const { errors, serverIssues, validate } = useFieldErrors(update.error);
  const name = localizedName(origin, language);
  const option = (establishment: PathwayEstablishmentRef) => ({
    value: establishment.id,
    label: `${localizedName(establishment, language)} (${establishment.type})`,
  });
  const destinationOptions = map.candidates.filter((candidate) => candidate.id !== origin.id).map(option);
  const returnOptions = [origin, ...map.candidates.filter((candidate) => candidate.id !== origin.id)].map(option);
  const set = (patch: Partial<Values>) => setValues((current) => ({ ...current, ...patch }));

  /** The pathway codes and delay checks, in the user's language rather than the domain's English. */
  function errorOf(path: string): string | undefined {
    const issue = serverIssues.find((candidate) => candidate.path.join('.') === path);
    if (issue && isPathwayIssueCode(issue.code)) {
      return t(`pathways.fieldIssue.${issue.code ?? ''}`);
    }
    const delayKey = Object.entries(pathwayDelayMessages).find(([, message]) => message === errors[path])?.[0];
    return delayKey ? t(`pathways.form.${delayKey}`) : errors[path];
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = validate(updatePathwayOriginInputSchema, {
      ...values,
      revision: map.revision,
      destinationIds: values.destinationIds.filter((id) => id !== null),
    });
    if (input) {
      update.mutate({ originId: origin.id, input }, { onSuccess: onClose });
    }
  }

  const conflict = isApiError(update.error) && update.error.status === 409;
  return (
    <Modal opened onClose={onClose} title={t('pathways.form.title', { name })} size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          {conflict && (
            <Alert color="orange" role="alert">
              {t('pathways.form.conflict')}
            </Alert>
          )}
          {update.error && !conflict && serverIssues.length === 0 && <ErrorPanel error={update.error} />}
          <Text fw={500} size="sm">
            {t('pathways.form.destinations')}
          </Text>
          {values.destinationIds.map((destinationId, index) => (
            <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
              <Select
                label={t('pathways.form.destination', { rank: index + 1 })}
                placeholder={t('pathways.form.destinationPlaceholder')}
                data={destinationOptions}
                value={destinationId}
                onChange={(value) =>
                  set({ destinationIds: values.destinationIds.map((id, at) => (at === index ? value : id)) })
                }
                searchable
                error={errorOf(`destinationIds.${index}`)}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                mt={28}
                aria-label={t('pathways.form.removeDestination', { rank: index + 1 })}
                disabled={values.destinationIds.length === 1}
                onClick={() => set({ destinationIds: values.destinationIds.filter((_id, at) => at !== index) })}
              >
                <IconX size={16} />
              </ActionIcon>
            </Group>
          ))}
          {errorOf('destinationIds') && (
            <Text size="sm" c="red">
              {errorOf('destinationIds')}
            </Text>
          )}
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPlus size={14} />}
              disabled={values.destinationIds.length >= maxPathwayDestinations}
              onClick={() => set({ destinationIds: [...values.destinationIds, null] })}
            >
              {t('pathways.form.addDestination')}
            </Button>
          </Group>
          <Group grow align="flex-start">
            <NumberInput
              label={t('pathways.form.routine')}
              min={1}
              max={365}
              value={values.maxDelayRoutineDays}
              onChange={(value) => set({ maxDelayRoutineDays: value })}
              error={errorOf('maxDelayRoutineDays')}
            />
            <NumberInput
              label={t('pathways.form.urgent')}
              min={1}
              max={60}
              value={values.maxDelayUrgentDays}
              onChange={(value) => set({ maxDelayUrgentDays: value })}
              error={errorOf('maxDelayUrgentDays')}
            />
            <NumberInput
              label={t('pathways.form.emergency')}
              min={1}
              max={72}
              value={values.maxDelayEmergencyHours}
              onChange={(value) => set({ maxDelayEmergencyHours: value })}
              error={errorOf('maxDelayEmergencyHours')}
            />
          </Group>
          <Switch
            label={t('pathways.form.teleexpertiseFirst')}
            description={t('pathways.form.teleexpertiseHint')}
            checked={values.teleexpertiseFirst}
            onChange={(event) => set({ teleexpertiseFirst: event.currentTarget.checked })}
          />
          <Select
            label={t('pathways.form.returnEstablishment')}
            data={returnOptions}
            value={values.returnEstablishmentId}
            onChange={(value) => set({ returnEstablishmentId: value })}
            searchable
            error={errorOf('returnEstablishmentId')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('pathways.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
