import { Alert, Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { updateStaffMemberInputSchema, type StaffMemberDetail } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { useUpdateStaffMember } from '../api/use-staff-writes';
import { staffErrorMessage } from './rule-error';

type FullDetail = Extract<StaffMemberDetail, { view: 'full' }>;

function Field({ label, value }: { label: string; value: string | null }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value ?? '—'}</Text>
    </Stack>
  );
}

/** Contacts (the person or HR) and grade and step (HR only), saved at the version shown. */
function EditContacts({ detail, onDone }: { detail: FullDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateStaffMember(detail.member.id);
  const { member } = detail;
  const [phone, setPhone] = useState(member.phone ?? '');
  const [email, setEmail] = useState(member.email ?? '');
  const [grade, setGrade] = useState(member.grade ?? '');
  const [step, setStep] = useState<number | string>(member.step ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const hr = detail.editScope === 'all';

  function handleSubmit(event: React.FormEvent) {
    event.preventDefault();
    const contacts = { version: member.version, phone: phone.trim() || null, email: email.trim() || null };
    const parsed = updateStaffMemberInputSchema.safeParse(
      hr ? { ...contacts, grade: grade.trim() || null, step: step === '' ? null : Number(step) } : contacts,
    );
    if (!parsed.success) {
      setProblem(parsed.error.issues.map((issue) => issue.message).join(' · '));
      return;
    }
    update.mutate(parsed.data, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('staff.saved') });
        onDone();
      },
      onError: (error) => setProblem(staffErrorMessage(error, t)),
    });
  }

  return (
    <form onSubmit={handleSubmit} aria-label={t('staff.edit')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput label={t('staff.phone')} value={phone} onChange={(event) => setPhone(event.currentTarget.value)} />
        <TextInput label={t('staff.email')} value={email} onChange={(event) => setEmail(event.currentTarget.value)} />
        {hr && (
          <TextInput label={t('staff.grade')} value={grade} onChange={(event) => setGrade(event.currentTarget.value)} />
        )}
        {hr && <NumberInput label={t('staff.step')} w={100} min={1} max={15} value={step} onChange={setStep} />}
        <Button type="submit" loading={update.isPending}>
          {t('staff.save')}
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

/** Identity, cadre, grade and employment of a staff member, with the edit form for those who may change it. */
export function IdentityCard({ detail }: { detail: FullDetail }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const [editing, setEditing] = useState(false);
  const { member } = detail;
  return (
    <Card withBorder component="section" aria-label={t('staff.identity')}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('staff.identity')}
          </Title>
          {detail.editScope !== 'none' && (
            <Button size="xs" variant="light" onClick={() => setEditing(!editing)}>
              {editing ? t('staff.close') : t('staff.edit')}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm">
          <Field label={t('staff.cin')} value={member.cin} />
          <Field label={t('staff.sex')} value={t(`staff.sexes.${member.sex}`)} />
          <Field label={t('staff.birthDate')} value={formatDate(member.birthDate)} />
          <Field label={t('staff.columns.status')} value={t(`staff.statuses.${member.employmentStatus}`)} />
          <Field label={t('staff.grade')} value={member.grade} />
          <Field label={t('staff.step')} value={member.step === null ? null : String(member.step)} />
          <Field label={t('staff.employedFrom')} value={formatDate(member.employedFrom)} />
          <Field label={t('staff.employedTo')} value={member.employedTo ? formatDate(member.employedTo) : null} />
          <Field label={t('staff.phone')} value={member.phone} />
          <Field label={t('staff.email')} value={member.email} />
        </SimpleGrid>
        {editing && <EditContacts detail={detail} onDone={() => setEditing(false)} />}
      </Stack>
    </Card>
  );
}
