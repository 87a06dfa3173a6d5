import { Alert, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import {
  mobilityKinds,
  mobilitySubjectSchema,
  type MobilityKind,
  type MobilityOptions,
  type MobilitySubject,
} from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { describeError } from '../../../lib/describe-error';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { useCreateMobility, useEditMobility, useMobilityOptions } from '../api/mobility-api';

interface Draft {
  kind: MobilityKind;
  fromEstablishmentId: string | null;
  staffMemberId: string | null;
  toEstablishmentId: string | null;
  startsOn: string;
  endsOn: string;
  timeShare: number;
  reason: string;
}

const emptyDraft: Draft = {
  kind: 'temporary_mission',
  fromEstablishmentId: null,
  staffMemberId: null,
  toEstablishmentId: null,
  startsOn: '',
  endsOn: '',
  timeShare: 50,
  reason: '',
};

const draftOf = (subject: MobilitySubject): Draft => ({
  kind: subject.kind,
  fromEstablishmentId: subject.fromEstablishmentId,
  staffMemberId: subject.staffMemberId,
  toEstablishmentId: subject.toEstablishmentId,
  startsOn: subject.startsOn,
  endsOn: subject.endsOn ?? '',
  timeShare: subject.timeShare,
  reason: subject.reason ?? '',
});

/** The establishments a user raises from: those they manage, and where their own record works. */
function originsOf(options: MobilityOptions | undefined) {
  const own = options?.staff.map((member) => member.establishmentId) ?? [];
  const ids = new Set([...(options?.originIds ?? []), ...own]);
  return (options?.establishments ?? []).filter((establishment) => ids.has(establishment.id));
}

function toSubject(draft: Draft) {
  const permanent = draft.kind === 'permanent_transfer';
  return {
    kind: draft.kind,
    staffMemberId: draft.staffMemberId ?? '',
    fromEstablishmentId: draft.fromEstablishmentId ?? '',
    toEstablishmentId: draft.toEstablishmentId ?? '',
    startsOn: draft.startsOn,
    endsOn: permanent || draft.endsOn === '' ? null : draft.endsOn,
    timeShare: permanent ? 100 : draft.timeShare,
    reason: draft.reason.trim() || null,
  };
}

interface FieldsProps {
  draft: Draft;
  errors: Record<string, string>;
  set: (changes: Partial<Draft>) => void;
  /** Editing a returned request: its origin stays. */
  originFixed?: boolean;
}

/** Where from, whom, where to. */
function PlaceFields({
  draft,
  errors,
  set,
  options,
  originFixed = false,
}: FieldsProps & { options: MobilityOptions | undefined }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const establishmentData = (list: MobilityOptions['establishments']) =>
    list.map((e) => ({ value: e.id, label: localizedName(e, language) }));
  const staff = (options?.staff ?? []).filter(
    (member) => draft.fromEstablishmentId === null || member.establishmentId === draft.fromEstablishmentId,
  );
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('approvals.mobility.from')}
          data={establishmentData(originsOf(options))}
          value={draft.fromEstablishmentId}
          onChange={(value) => set({ fromEstablishmentId: value, staffMemberId: null })}
          error={errors.fromEstablishmentId}
          disabled={originFixed}
          searchable
        />
        <Select
          label={t('approvals.mobility.staffMember')}
          data={staff.map((member) => ({ value: member.id, label: `${member.displayName} · ${member.staffNumber}` }))}
          value={draft.staffMemberId}
          onChange={(value) => set({ staffMemberId: value })}
          error={errors.staffMemberId}
          searchable
        />
      </SimpleGrid>
      <Select
        label={t('approvals.mobility.to')}
        data={establishmentData((options?.establishments ?? []).filter((e) => e.id !== draft.fromEstablishmentId))}
        value={draft.toEstablishmentId}
        onChange={(value) => set({ toEstablishmentId: value })}
        error={errors.toEstablishmentId}
        searchable
      />
    </>
  );
}

/** When, and for which share of the person's time (a permanent transfer has neither end nor share). */
function PeriodFields({ draft, errors, set }: FieldsProps) {
  const { t } = useTranslation();
  const permanent = draft.kind === 'permanent_transfer';
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <TextInput
        type="date"
        label={t('approvals.mobility.startsOn')}
        value={draft.startsOn}
        onChange={(e) => set({ startsOn: e.currentTarget.value })}
        error={errors.startsOn}
      />
      {!permanent && (
        <TextInput
          type="date"
          label={t('approvals.mobility.endsOn')}
          value={draft.endsOn}
          onChange={(e) => set({ endsOn: e.currentTarget.value })}
          error={errors.endsOn}
        />
      )}
      {!permanent && (
        <NumberInput
          label={t('approvals.mobility.timeShare')}
          min={1}
          max={100}
          suffix=" %"
          value={draft.timeShare}
          onChange={(value) => set({ timeShare: Number(value) || 0 })}
          error={errors.timeShare}
        />
      )}
    </SimpleGrid>
  );
}

/** Changing a returned request: the request, the version the user saw, and its subject. */
export interface MobilityEdit {
  requestId: string;
  version: number;
  subject: MobilitySubject;
}

/**
 * A new mobility request (who, from where, to where, when and for which share of their time), or the correction of a
 * returned one (`edit`: prefilled, same origin, saved with the version seen; the requester then submits it again).
 */
export function MobilityForm({ onCreated, edit }: { onCreated: (requestId: string) => void; edit?: MobilityEdit }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(edit ? draftOf(edit.subject) : emptyDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const options = useMobilityOptions(draft.fromEstablishmentId);
  const create = useCreateMobility();
  const save = useEditMobility(edit?.requestId ?? '');
  const mutation = edit ? save : create;
  const set = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));
  const handleSubmit = () => {
    const parsed = mobilitySubjectSchema.safeParse(toSubject(draft));
    if (!parsed.success) {
      const invalid = t('approvals.mobility.invalid');
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), invalid])));
      return;
    }
    setErrors({});
    if (edit) {
      save.mutate(
        { version: edit.version, subject: toSubject(draft) },
        { onSuccess: (request) => onCreated(request.id) },
      );
    } else {
      create.mutate(toSubject(draft), { onSuccess: (request) => onCreated(request.id) });
    }
  };
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Select
          label={t('approvals.mobility.kindLabel')}
          data={mobilityKinds.map((kind) => ({ value: kind, label: t(`approvals.mobility.kind.${kind}`) }))}
          value={draft.kind}
          onChange={(value) => value && set({ kind: value })}
          allowDeselect={false}
        />
        <PlaceFields draft={draft} errors={errors} set={set} options={options.data} originFixed={edit !== undefined} />
        <PeriodFields draft={draft} errors={errors} set={set} />
        <Textarea
          label={t('approvals.mobility.reason')}
          value={draft.reason}
          onChange={(e) => set({ reason: e.currentTarget.value })}
          autosize
          minRows={2}
        />
        <Group>
          <Button onClick={handleSubmit} loading={mutation.isPending}>
            {edit ? t('approvals.mobility.saveChanges') : t('approvals.mobility.submit')}
          </Button>
        </Group>
        {mutation.isError && (
          <Alert color="red">
            {describeError(mutation.error, t)}
            {isApiError(mutation.error) && mutation.error.status === 422 && ` — ${mutation.error.message}`}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
