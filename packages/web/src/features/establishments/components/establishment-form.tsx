import { Alert, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle, IconDeviceFloppy, IconRefresh } from '@tabler/icons-react';
import {
  allowedCareLevels,
  createEstablishmentInputSchema,
  defaultCareLevel,
  establishmentTypes,
  updateEstablishmentInputSchema,
  type Establishment,
} from '@tansiq/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { isApiError } from '../../../lib/api-error';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useSaveEstablishment } from '../api/use-save-establishment';
import { EquipmentEditor } from './equipment-editor';
import {
  changedFields,
  emptyFormValues,
  toEstablishmentCandidate,
  toFormValues,
  type EstablishmentFormValues,
} from './establishment-form-values';
import { PlaceFields } from './place-fields';
import { ServicesEditor } from './services-editor';

interface EstablishmentFormProps {
  regionCode: string;
  /** The establishment being edited; absent when registering a new one. */
  establishment?: Establishment;
  /** Registry managers change identity fields (type, level, place, status); establishment admins only the details. */
  canChangeIdentity: boolean;
  onSaved: (establishment: Establishment) => void;
  onCancel: () => void;
  /** After a 409: load the current version again. */
  onReload?: () => void;
}

/** Registers or edits an establishment; validated with the domain schema, server issues shown next to their fields. */
export function EstablishmentForm(props: EstablishmentFormProps) {
  const { regionCode, establishment, canChangeIdentity, onSaved, onCancel, onReload } = props;
  const { t } = useTranslation();
  const save = useSaveEstablishment();
  const [values, setValues] = useState<EstablishmentFormValues>(() =>
    establishment ? toFormValues(establishment) : emptyFormValues(),
  );
  const [nothingChanged, setNothingChanged] = useState(false);

  const { errors, validate } = useFieldErrors(save.error);
  const set = (change: Partial<EstablishmentFormValues>) => {
    setValues((current) => ({ ...current, ...change }));
    setNothingChanged(false);
  };
  const identityLocked = !canChangeIdentity;
  const levels = values.type === '' ? [] : allowedCareLevels[values.type];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.reset();
    const candidate = toEstablishmentCandidate(values);
    if (!establishment) {
      const input = validate(createEstablishmentInputSchema, { code: values.code.trim().toUpperCase(), ...candidate });
      if (input) {
        save.mutate({ kind: 'create', input }, { onSuccess: onSaved });
      }
      return;
    }
    if (!validate(updateEstablishmentInputSchema, { version: establishment.version, ...candidate })) {
      return;
    }
    const changes = changedFields(candidate, toEstablishmentCandidate(toFormValues(establishment)));
    if (Object.keys(changes).length === 0) {
      setNothingChanged(true);
      return;
    }
    const input = updateEstablishmentInputSchema.parse({ version: establishment.version, ...changes });
    save.mutate({ kind: 'update', establishmentId: establishment.id, input }, { onSuccess: onSaved });
  }

  const hasFieldErrors = Object.keys(errors).length > 0;
  const otherError =
    save.error && !(isApiError(save.error) && (save.error.status === 409 || save.error.issues.length > 0));

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t(establishment ? 'form.editTitle' : 'form.newTitle')}>
      <Stack gap="md">
        {isApiError(save.error) && save.error.status === 409 && save.error.issues.length === 0 && (
          <Alert color="orange" icon={<IconAlertCircle size={18} />} title={t('form.conflictTitle')} role="alert">
            <Stack gap="xs" align="flex-start">
              {t('form.conflict')}
              {onReload && (
                <Button
                  size="xs"
                  variant="light"
                  color="orange"
                  leftSection={<IconRefresh size={14} />}
                  onClick={onReload}
                >
                  {t('form.reload')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {hasFieldErrors && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
            {t('form.fixErrors')}
          </Alert>
        )}
        {otherError && <ErrorPanel error={save.error} />}
        {nothingChanged && <Alert color="blue">{t('form.nothingChanged')}</Alert>}

        <Fieldset legend={t('form.identity')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('establishment.code')}
              description={establishment ? undefined : t('form.codeHint')}
              required={!establishment}
              disabled={Boolean(establishment)}
              dir="ltr"
              value={values.code}
              error={errors.code}
              onChange={(event) => set({ code: event.currentTarget.value })}
            />
            <NativeSelect
              label={t('establishment.status')}
              disabled={identityLocked}
              value={values.status}
              data={[
                { value: 'active', label: t('establishmentStatus.active') },
                { value: 'planned', label: t('establishmentStatus.planned') },
              ]}
              error={errors.status}
              onChange={(event) => set({ status: event.currentTarget.value === 'planned' ? 'planned' : 'active' })}
            />
            <TextInput
              label={t('establishment.nameFr')}
              required
              lang="fr"
              dir="ltr"
              value={values.nameFr}
              error={errors.nameFr}
              onChange={(event) => set({ nameFr: event.currentTarget.value })}
            />
            <TextInput
              label={t('establishment.nameAr')}
              lang="ar"
              dir="rtl"
              value={values.nameAr}
              error={errors.nameAr}
              onChange={(event) => set({ nameAr: event.currentTarget.value })}
            />
            <NativeSelect
              label={t('establishment.type')}
              required
              disabled={identityLocked}
              value={values.type}
              error={errors.type}
              data={[
                { value: '', label: t('form.choose') },
                ...establishmentTypes.map((type) => ({
                  value: type,
                  label: `${type} — ${t(`establishmentType.${type}`)}`,
                })),
              ]}
              onChange={(event) => {
                const type = establishmentTypes.find((candidate) => candidate === event.currentTarget.value);
                const keepLevel = type && values.level !== '' && allowedCareLevels[type].includes(values.level);
                set({ type: type ?? '', level: type ? (keepLevel ? values.level : defaultCareLevel[type]) : '' });
              }}
            />
            <NativeSelect
              label={t('establishment.level')}
              required
              disabled={identityLocked || levels.length === 0}
              value={values.level}
              error={errors.level}
              data={[
                { value: '', label: t('form.choose') },
                ...levels.map((level) => ({ value: level, label: t(`careLevel.${level}`) })),
              ]}
              onChange={(event) => set({ level: levels.find((level) => level === event.currentTarget.value) ?? '' })}
            />
          </SimpleGrid>
        </Fieldset>

        <PlaceFields
          regionCode={regionCode}
          values={values}
          errors={errors}
          identityLocked={identityLocked}
          onChange={set}
        />

        <Fieldset legend={t('form.services')}>
          <ServicesEditor rows={values.services} errors={errors} onChange={(services) => set({ services })} />
        </Fieldset>

        <Fieldset legend={t('form.equipment')}>
          <EquipmentEditor rows={values.equipment} errors={errors} onChange={(equipment) => set({ equipment })} />
        </Fieldset>

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} leftSection={<IconDeviceFloppy size={18} />}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
