import { Group, Textarea, TextInput } from '@mantine/core';
import { counterReferralInputSchema } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepModal } from './step-modal';
import type { StepModalOf } from './step-modal-props';
import { useReferralFieldErrors } from './use-referral-field-errors';

const emptyReport = { findings: '', diagnosis: '', icd10Code: '', treatment: '', recommendations: '', followUp: '' };
type ReportField = keyof typeof emptyReport;
const longFields: readonly ReportField[] = ['findings', 'treatment', 'recommendations', 'followUp'];

/** The counter-referral: the report sent back to the origin once the patient was seen. */
export function CounterReferralModal({ version, pending, error, onSubmit, onClose }: StepModalOf) {
  const { t } = useTranslation();
  const [report, setReport] = useState(emptyReport);
  const { errors, validate } = useReferralFieldErrors(error.raw);
  const set = (field: ReportField) => (value: string) => setReport((current) => ({ ...current, [field]: value }));
  return (
    <StepModal
      opened
      size="lg"
      title={t('referrals.action.counter_refer')}
      confirmLabel={t('referrals.confirm.counterReferButton')}
      pending={pending}
      error={error.message}
      onClose={onClose}
      onConfirm={() => {
        const body = validate(counterReferralInputSchema, {
          version,
          ...report,
          diagnosis: report.diagnosis.trim() === '' ? null : report.diagnosis,
          icd10Code: report.icd10Code.trim() === '' ? null : report.icd10Code.trim().toUpperCase(),
        });
        if (body) {
          onSubmit(body);
        }
      }}
    >
      <Textarea
        dir="auto"
        label={t('referrals.counterReferral.findings')}
        withAsterisk
        autosize
        minRows={3}
        value={report.findings}
        error={errors.findings}
        onChange={(event) => set('findings')(event.currentTarget.value)}
      />
      <Group grow align="flex-start">
        <TextInput
          dir="auto"
          label={t('referrals.counterReferral.diagnosis')}
          value={report.diagnosis}
          error={errors.diagnosis}
          onChange={(event) => set('diagnosis')(event.currentTarget.value)}
        />
        <TextInput
          label={t('referrals.counterReferral.icd10Code')}
          dir="ltr"
          value={report.icd10Code}
          error={errors.icd10Code}
          onChange={(event) => set('icd10Code')(event.currentTarget.value)}
        />
      </Group>
      {longFields
        .filter((field) => field !== 'findings')
        .map((field) => (
          <Textarea
            dir="auto"
            key={field}
            label={t(`referrals.counterReferral.${field}`)}
            withAsterisk
            autosize
            minRows={2}
            value={report[field]}
            error={errors[field]}
            onChange={(event) => set(field)(event.currentTarget.value)}
          />
        ))}
    </StepModal>
  );
}
