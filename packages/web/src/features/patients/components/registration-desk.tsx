import { Alert, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconInfoCircle } from '@tabler/icons-react';
import { canManagePatientIdentities, type CreatePatientResult, type PatientCandidate } from '@tansiq/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { describeError } from '../../../lib/describe-error';
import { useSession } from '../../auth';
import { patientSearchKey, usePatientSearch } from '../api/use-patient-search';
import { useRegisterPatient } from '../api/use-register-patient';
import { CandidateList } from './candidate-list';
import { deskEstablishments } from './desk-establishments';
import { newIdempotencyKey } from './new-idempotency-key';
import { NewPatientForm, type PatientDraft } from './new-patient-form';
import { fromSearchValues, toSearchValues } from './patient-form-values';
import { PatientSearchForm } from './patient-search-form';
import { emptySearchValues, toSearchInput, type SearchValues } from './search-values';
import { translatePatientIssue } from './use-patient-field-errors';

interface RegistrationDeskProps {
  /** A patient was registered here (attached or created): the page opens their record. */
  onRegistered: (patientId: string, created: CreatePatientResult | undefined) => void;
  onOpen: (patientId: string) => void;
}

/** Typing pauses this long before the index is searched (each search is audited; the desk types fast). */
const searchDelayMs = 400;

/**
 * The registration desk, search before create: what the desk types searches the regional index live; a candidate is
 * registered here, or a new patient is created from what was typed, with the candidates seen set aside.
 */
export function RegistrationDesk({ onRegistered, onOpen }: RegistrationDeskProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { me, actor, gst } = useSession();
  const establishments = useMemo(() => deskEstablishments(me, actor, gst.id), [me, actor, gst.id]);
  const [chosenEstablishmentId, setChosenEstablishmentId] = useState<string | null>(null);
  const establishment = establishments.find(({ id }) => id === chosenEstablishmentId) ?? establishments[0];
  const establishmentId = establishment?.id ?? null;

  const [values, setValues] = useState<SearchValues>(emptySearchValues);
  const [debouncedValues] = useDebouncedValue(values, searchDelayMs);
  const { input, problems } = useMemo(
    () => toSearchInput(debouncedValues, establishmentId),
    [debouncedValues, establishmentId],
  );
  const search = usePatientSearch(input);
  const register = useRegisterPatient();
  const [draft, setDraft] = useState<PatientDraft | null>(null);
  const [creating, setCreating] = useState(false);
  const [confirmedDistinctFrom, setConfirmedDistinctFrom] = useState<string[]>([]);
  const [duplicatesNotice, setDuplicatesNotice] = useState(false);
  const typing = values !== debouncedValues;
  const result = input === undefined ? undefined : search.data;
  const current = result !== undefined && !search.isPlaceholderData && !typing;

  function handleChange(change: Partial<SearchValues>) {
    setValues((previous) => ({ ...previous, ...change }));
    // Searching for someone else: the new-patient form will start again from the new criteria.
    setDraft(null);
    setDuplicatesNotice(false);
  }

  function handleClear() {
    setValues(emptySearchValues);
    setDraft(null);
    setDuplicatesNotice(false);
    register.reset();
  }

  function handleCreateNew() {
    setConfirmedDistinctFrom(
      (result?.candidates ?? []).filter(({ band }) => band !== 'unlikely').map(({ patient }) => patient.id),
    );
    setDraft((existing) => existing ?? { ...fromSearchValues(values), idempotencyKey: newIdempotencyKey() });
    setDuplicatesNotice(false);
    setCreating(true);
  }

  function handlePossibleDuplicates() {
    if (draft) {
      setValues(toSearchValues(draft.values, draft.localId));
    }
    setCreating(false);
    setDuplicatesNotice(true);
    void queryClient.invalidateQueries({ queryKey: patientSearchKey });
  }

  function handleRegister(candidate: PatientCandidate, localId: string | null) {
    if (establishmentId === null) {
      return;
    }
    register.mutate(
      { patientId: candidate.patient.id, input: { establishmentId, localId } },
      { onSuccess: () => onRegistered(candidate.patient.id, undefined) },
    );
  }

  const registerIssue = isApiError(register.error) ? register.error.issues[0] : undefined;
  const registration = register.variables && {
    patientId: register.variables.patientId,
    pending: register.isPending,
    error: registerIssue
      ? translatePatientIssue(registerIssue, t)
      : register.error
        ? describeError(register.error, t)
        : undefined,
  };

  if (creating && draft && establishment) {
    return (
      <NewPatientForm
        gstId={gst.id}
        regionCode={gst.regionCode}
        establishmentId={establishment.id}
        establishmentName={establishment.name}
        draft={draft}
        confirmedDistinctFrom={confirmedDistinctFrom}
        onDraftChange={setDraft}
        onCreated={(created) => onRegistered(created.patientId, created)}
        onPossibleDuplicates={handlePossibleDuplicates}
        onBack={() => setCreating(false)}
      />
    );
  }

  return (
    <Stack gap="md">
      {establishments.length === 0 && (
        <Alert color="blue" icon={<IconInfoCircle size={18} />}>
          {t('patients.search.noDesk')}
        </Alert>
      )}
      <PatientSearchForm
        regionCode={gst.regionCode}
        values={values}
        problems={problems}
        searching={typing || search.isFetching}
        establishments={establishments}
        establishmentId={establishmentId}
        onEstablishmentChange={(id) => {
          setChosenEstablishmentId(id);
          register.reset();
        }}
        onChange={handleChange}
        onClear={handleClear}
      />
      <CandidateList
        hasCriteria={input !== undefined}
        result={result}
        stale={!current}
        error={search.error}
        onRetry={() => void search.refetch()}
        canRegister={establishmentId !== null}
        canOpenAnyway={canManagePatientIdentities(actor, gst.id)}
        registration={registration}
        onRegister={handleRegister}
        onOpen={(candidate) => onOpen(candidate.patient.id)}
        onCreateNew={establishmentId !== null && result !== undefined ? handleCreateNew : undefined}
        duplicatesNotice={duplicatesNotice}
      />
    </Stack>
  );
}
