import { Alert, Button, Group, Select, TextInput } from '@mantine/core';
import { leaveInputSchema, leaveKinds } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAddStaffLeave } from '../api/use-staff-writes';
import { staffErrorMessage } from './rule-error';

/** Records a leave; an overlap with another leave or the employment's end shows the rule broken. */
export function LeaveForm({ staffMemberId }: { staffMemberId: string }) {
  const { t } = useTranslation();
  const add = useAddStaffLeave(staffMemberId);
  const [kind, setKind] = useState<string>('annual');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  function handleSubmit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = leaveInputSchema.safeParse({ kind, startsOn, endsOn, note });
    if (!parsed.success) {
      setProblem(parsed.error.issues.map((issue) => issue.message).join(' · '));
      return;
    }
    add.mutate(parsed.data, {
      onSuccess: () => setProblem(null),
      onError: (error) => setProblem(staffErrorMessage(error, t)),
    });
  }

  return (
    <form onSubmit={handleSubmit} aria-label={t('staff.addLeave')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('staff.kind')}
          w={170}
          value={kind}
          allowDeselect={false}
          data={leaveKinds.map((value) => ({ value, label: t(`staff.leaveKinds.${value}`) }))}
          onChange={(value) => setKind(value ?? 'annual')}
        />
        <TextInput
          type="date"
          label={t('staff.from')}
          value={startsOn}
          required
          onChange={(event) => setStartsOn(event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('staff.to')}
          value={endsOn}
          required
          onChange={(event) => setEndsOn(event.currentTarget.value)}
        />
        <TextInput
          label={t('staff.note')}
          value={note}
          w={220}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <Button type="submit" loading={add.isPending}>
          {t('staff.addLeave')}
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
