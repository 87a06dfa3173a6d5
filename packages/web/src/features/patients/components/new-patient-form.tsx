import { Alert, Button, Card, Fieldset, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertCircle, IconArrowBack, IconUserPlus } from '@tabler/icons-react';
import { createPatientInputSchema, type CreatePatientResult } from '@tansiq/domain';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { isApiError } from '../../../lib/api-error';
import { useCreatePatient } from '../api/use-create-patient';
import { toDemographicsCandidate, type PatientFormValues } from './patient-form-values';
import { PatientFields } from './patient-fields';
import { usePatientFieldErrors } from './use-patient-field-errors';

/** A new patient being typed: kept by the page while the desk goes back to the candidates and returns. */
export interface PatientDraft {
  values: PatientFormValues;
  localId: string;
  /** Generated when the form opens and reused on every retry of the same creation. */
  idempotencyKey: string;
}

interface NewPatientFormProps {
  gstId: string;
  regionCode: string;
  establishmentName: string;
  establishmentId: string;
  draft: PatientDraft;
  /** The candidates of bands probable and possible the desk saw before choosing to create. */
  confirmedDistinctFrom: readonly string[];
  onDraftChange: (draft: PatientDraft) => void;
  onCreated: (result: CreatePatientResult) => void;
  /** The server found candidates the desk had not seen: search again with what was typed. */
  onPossibleDuplicates: () => void;
  onBack: () => void;
}

const isPossibleDuplicates = (error: unknown): boolean =>
  isApiError(error) && error.status === 409 && error.issues.some((issue) => issue.code === 'possible_duplicates');

/**
 * Registers a new patient after the search found no one: every identity field, validated with the domain schema
 * before sending; the server's issues show next to their fields. Creation sends the candidates the desk set aside and
 * one idempotency key per form, so a retry never creates two patients.
 */
export function NewPatientForm(props: NewPatientFormProps) {
  const { gstId, regionCode, establishmentName, establishmentId, draft, confirmedDistinctFrom } = props;
  const { onDraftChange, onCreated, onPossibleDuplicates, onBack } = props;
  const { t } = useTranslation();
  const create = useCreatePatient();
  const { errors, validate } = usePatientFieldErrors(create.error);
  const set = (change: Partial<PatientFormValues>) =>
    onDraftChange({ ...draft, values: { ...draft.values, ...change } });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.reset();
    // Empty phone rows are dropped before validating, so an issue's index is the row the user sees.
    const phones = draft.values.phones.filter((phone) => phone.trim() !== '');
    const values = { ...draft.values, phones: phones.length > 0 ? phones : [''] };
    onDraftChange({ ...draft, values });
    const { candidate, issues } = toDemographicsCandidate(values, ['patient']);
    const input = validate(
      createPatientInputSchema,
      {
        establishmentId,
        localId: draft.localId.trim() === '' ? null : draft.localId,
        patient: candidate,
        confirmedDistinctFrom,
      },
      issues,
    );
    if (input) {
      create.mutate(
        { input, idempotencyKey: draft.idempotencyKey },
        {
          onSuccess: onCreated,
          onError: (error) => {
            if (isPossibleDuplicates(error)) {
              onPossibleDuplicates();
            }
          },
        },
      );
    }
  }

  const hasFieldErrors = !isPossibleDuplicates(create.error) && Object.keys(errors).length > 0;
  const otherError =
    create.error &&
    !isPossibleDuplicates(create.error) &&
    !(isApiError(create.error) && create.error.issues.length > 0);

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="new-patient-title">
      <form onSubmit={handleSubmit} noValidate aria-labelledby="new-patient-title">
        <Stack gap="md">
          <Group justify="space-between" gap="sm" wrap="wrap">
            <Stack gap={2}>
              <Title order={2} size="h4" id="new-patient-title">
                {t('patients.create.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('patients.create.subtitle', { name: establishmentName, count: confirmedDistinctFrom.length })}
              </Text>
            </Stack>
            <Button variant="default" leftSection={<IconArrowBack size={16} />} onClick={onBack}>
              {t('patients.create.back')}
            </Button>
          </Group>
          {hasFieldErrors && (
            <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
              {t('form.fixErrors')}
            </Alert>
          )}
          {otherError && <ErrorPanel error={create.error} />}

          <PatientFields
            gstId={gstId}
            regionCode={regionCode}
            values={draft.values}
            errors={errors}
            errorPrefix="patient."
            withVitalStatus={false}
            onChange={set}
          />
          <Fieldset legend={t('patients.form.registration', { name: establishmentName })}>
            <TextInput
              label={t('patients.field.localId')}
              description={t('patients.registerHere.hint')}
              dir="ltr"
              maw={360}
              autoComplete="off"
              value={draft.localId}
              error={errors.localId}
              onChange={(event) => onDraftChange({ ...draft, localId: event.currentTarget.value })}
            />
          </Fieldset>
          <Group justify="flex-end">
            <Button type="submit" loading={create.isPending} leftSection={<IconUserPlus size={18} />}>
              {t('patients.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
