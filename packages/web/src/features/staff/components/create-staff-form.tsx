import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { cadres, createStaffRequestSchema, employmentStatuses, specialties, staffSexes } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { useCreateStaffMember } from '../api/use-staff-writes';
import { staffErrorMessage } from './rule-error';
import { StaffEstablishmentPicker } from './staff-establishment-picker';

const textFields = ['familyNameLatin', 'givenNameLatin', 'familyNameArabic', 'givenNameArabic', 'cin'] as const;

/** Registers a staff member with their primary assignment; the server gives the regional staff id. */
export function CreateStaffForm({ gstId }: { gstId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const create = useCreateStaffMember();
  const [values, setValues] = useState<Record<string, string>>({
    sex: 'female',
    cadre: 'polyvalent_nurse',
    employmentStatus: 'gst_contract',
  });
  const [establishmentId, setEstablishmentId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const set = (field: string) => (value: string | null) => setValues({ ...values, [field]: value ?? '' });

  function handleSubmit(event: React.FormEvent) {
    event.preventDefault();
    const member = { ...values, specialtyCode: values.specialtyCode || null };
    const parsed = createStaffRequestSchema.safeParse({
      gstId,
      member,
      primaryAssignment: establishmentId === '' ? null : { establishmentId, validFrom: values.employedFrom },
    });
    if (!parsed.success) {
      setProblem(parsed.error.issues.map((issue) => `${String(issue.path.at(-1))}: ${issue.message}`).join(' · '));
      return;
    }
    create.mutate(parsed.data, {
      onSuccess: (detail) => {
        if (detail.view === 'full') {
          void navigate({ to: '/staff/$staffMemberId', params: { staffMemberId: detail.member.id } });
        }
      },
      onError: (error) => setProblem(staffErrorMessage(error, t)),
    });
  }

  return (
    <form onSubmit={handleSubmit} aria-label={t('staff.createTitle')}>
      <Stack gap="sm" maw={900}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {textFields.map((field) => (
            <TextInput
              key={field}
              label={t(`staff.${field}`)}
              dir={field.endsWith('Arabic') ? 'rtl' : undefined}
              value={values[field] ?? ''}
              onChange={(event) => set(field)(event.currentTarget.value)}
            />
          ))}
          <Select
            label={t('staff.sex')}
            allowDeselect={false}
            value={values.sex ?? null}
            data={staffSexes.map((value) => ({ value, label: t(`staff.sexes.${value}`) }))}
            onChange={set('sex')}
          />
          <TextInput
            type="date"
            required
            label={t('staff.birthDate')}
            value={values.birthDate ?? ''}
            onChange={(event) => set('birthDate')(event.currentTarget.value)}
          />
          <Select
            label={t('staff.columns.cadre')}
            allowDeselect={false}
            value={values.cadre ?? null}
            data={cadres.map((value) => ({ value, label: t(`staff.cadres.${value}`) }))}
            onChange={set('cadre')}
          />
          <Select
            label={t('staff.specialty')}
            clearable
            searchable
            value={values.specialtyCode || null}
            data={specialties.map((item) => ({ value: item.code, label: localizedName(item, language) }))}
            onChange={set('specialtyCode')}
          />
          <Select
            label={t('staff.columns.status')}
            allowDeselect={false}
            value={values.employmentStatus ?? null}
            data={employmentStatuses.map((value) => ({ value, label: t(`staff.statuses.${value}`) }))}
            onChange={set('employmentStatus')}
          />
          <TextInput
            type="date"
            required
            label={t('staff.employedFrom')}
            value={values.employedFrom ?? ''}
            onChange={(event) => set('employedFrom')(event.currentTarget.value)}
          />
          <StaffEstablishmentPicker gstId={gstId} value={establishmentId} onChange={setEstablishmentId} />
        </SimpleGrid>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t('staff.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
