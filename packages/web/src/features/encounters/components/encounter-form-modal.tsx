import { Button, Group, Modal, NativeSelect, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { createEncounterInputSchema, encounterKinds, encounterOutcomes, specialties } from '@tansiq/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { localizedName } from '../../../lib/localized-name';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useLanguage } from '../../../lib/use-language';
import { useCreateEncounter } from '../api/use-create-encounter';
import { newEncounterValues, toEncounterCandidate, type EncounterFormValues } from './encounter-form-values';
import type { RecordableEstablishment } from './recordable-establishments';
import { useEncounterMessages } from './use-encounter-messages';

interface EncounterFormModalProps {
  patientId: string;
  establishments: readonly RecordableEstablishment[];
  practitionerName: string;
  onClose: () => void;
  onRecorded: () => void;
}

/** Records a consultation, an emergency visit or a hospital stay of the patient at one of the user's establishments. */
export function EncounterFormModal({
  patientId,
  establishments,
  practitionerName,
  onClose,
  onRecorded,
}: EncounterFormModalProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const create = useCreateEncounter(patientId);
  const first = establishments[0];
  const [values, setValues] = useState<EncounterFormValues>(() =>
    newEncounterValues(first?.id ?? '', first?.clinician ? practitionerName : ''),
  );
  const { errors, serverIssues, validate } = useFieldErrors(create.error);
  const message = useEncounterMessages(errors);
  const set = (change: Partial<EncounterFormValues>) => setValues((current) => ({ ...current, ...change }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = validate(createEncounterInputSchema, toEncounterCandidate(values));
    if (input) {
      create.mutate(input, { onSuccess: onRecorded });
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('encounters.form.title')} size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          {create.error && serverIssues.length === 0 && <ErrorPanel error={create.error} />}
          {establishments.length > 1 ? (
            <NativeSelect
              label={t('encounters.field.establishment')}
              required
              value={values.establishmentId}
              data={establishments.map((establishment) => ({ value: establishment.id, label: establishment.name }))}
              error={message('establishmentId')}
              onChange={(event) => set({ establishmentId: event.currentTarget.value })}
            />
          ) : (
            <TextInput label={t('encounters.field.establishment')} value={first?.name ?? ''} readOnly />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('encounters.field.kind')}
              required
              value={values.kind}
              data={encounterKinds.map((kind) => ({ value: kind, label: t(`encounters.kind.${kind}`) }))}
              error={message('kind')}
              onChange={(event) => {
                const kind = encounterKinds.find((candidate) => candidate === event.currentTarget.value);
                if (kind) {
                  set({ kind });
                }
              }}
            />
            <Select
              label={t('encounters.field.specialty')}
              placeholder={t('encounters.form.noSpecialty')}
              searchable
              clearable
              value={values.specialtyCode === '' ? null : values.specialtyCode}
              data={specialties.map((specialty) => ({
                value: specialty.code,
                label: localizedName(specialty, language),
              }))}
              error={message('specialtyCode')}
              onChange={(specialtyCode) => set({ specialtyCode: specialtyCode ?? '' })}
            />
            <TextInput
              type="datetime-local"
              label={t('encounters.field.startedAt')}
              required
              value={values.startedAt}
              error={message('startedAt')}
              onChange={(event) => set({ startedAt: event.currentTarget.value })}
            />
            <TextInput
              type="datetime-local"
              label={t('encounters.field.endedAt')}
              description={t('encounters.form.endedAtHint')}
              value={values.endedAt}
              error={message('endedAt')}
              onChange={(event) => set({ endedAt: event.currentTarget.value })}
            />
          </SimpleGrid>
          <TextInput
            label={t('encounters.field.practitionerName')}
            required
            value={values.practitionerName}
            error={message('practitionerName')}
            onChange={(event) => set({ practitionerName: event.currentTarget.value })}
          />
          <Textarea
            label={t('encounters.field.reason')}
            required
            rows={2}
            value={values.reason}
            error={message('reason')}
            onChange={(event) => set({ reason: event.currentTarget.value })}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('encounters.field.icd10Code')}
              description={t('encounters.form.icd10Hint')}
              dir="ltr"
              value={values.icd10Code}
              error={message('icd10Code')}
              onChange={(event) => set({ icd10Code: event.currentTarget.value })}
            />
            <NativeSelect
              label={t('encounters.field.outcome')}
              value={values.outcome}
              data={[
                { value: '', label: t('encounters.form.noOutcome') },
                ...encounterOutcomes.map((outcome) => ({ value: outcome, label: t(`encounters.outcome.${outcome}`) })),
              ]}
              error={message('outcome')}
              onChange={(event) => set({ outcome: event.currentTarget.value })}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('encounters.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
