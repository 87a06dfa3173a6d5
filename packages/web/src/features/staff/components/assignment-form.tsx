import { Alert, Button, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { staffAssignmentKinds, staffAssignmentInputSchema } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddStaffAssignment } from '../api/use-staff-writes';
import { staffErrorMessage } from './rule-error';
import { StaffEstablishmentPicker } from './staff-establishment-picker';

/** Adds an assignment: establishment (id), kind, time share and dates; shows the rule broken on a 422. */
export function AssignmentForm({ gstId, staffMemberId }: { gstId: string; staffMemberId: string }) {
  const { t } = useTranslation();
  const add = useAddStaffAssignment(staffMemberId);
  const [establishmentId, setEstablishmentId] = useState('');
  const [kind, setKind] = useState<string>('additional');
  const [timeShare, setTimeShare] = useState<number | string>(20);
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function handleSubmit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = staffAssignmentInputSchema.safeParse({
      establishmentId: establishmentId.trim(),
      kind,
      timeShare: Number(timeShare),
      validFrom,
      validTo: validTo === '' ? null : validTo,
    });
    if (!parsed.success) {
      setProblem(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join(' · '));
      return;
    }
    add.mutate(parsed.data, {
      onSuccess: () => setProblem(null),
      onError: (error) => setProblem(staffErrorMessage(error, t)),
    });
  }

  return (
    <form onSubmit={handleSubmit} aria-label={t('staff.addAssignment')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <StaffEstablishmentPicker gstId={gstId} value={establishmentId} onChange={setEstablishmentId} />
        <Select
          label={t('staff.kind')}
          w={160}
          value={kind}
          allowDeselect={false}
          data={staffAssignmentKinds.map((value) => ({ value, label: t(`staff.kinds.${value}`) }))}
          onChange={(value) => setKind(value ?? 'additional')}
        />
        <NumberInput
          label={t('staff.timeShare')}
          w={110}
          min={1}
          max={100}
          suffix=" %"
          value={timeShare}
          onChange={setTimeShare}
        />
        <TextInput
          type="date"
          label={t('staff.from')}
          value={validFrom}
          required
          onChange={(event) => setValidFrom(event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('staff.to')}
          value={validTo}
          onChange={(event) => setValidTo(event.currentTarget.value)}
        />
        <Button type="submit" loading={add.isPending}>
          {t('staff.addAssignment')}
        </Button>
      </Group>
      {problem && (
        <Alert color="red" mt="sm" role="alert">
          {problem}
        </Alert>
      )}
    </form>
  );
}
