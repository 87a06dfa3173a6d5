import { Select, Textarea } from '@mantine/core';
import { declineReasons, declineReferralInputSchema, type DeclineReason } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepModal } from './step-modal';
import type { StepModalOf } from './step-modal-props';
import { useReferralFieldErrors } from './use-referral-field-errors';

/** Declining a referral: why (a closed list) and the advice sent back to the sender. */
export function DeclineModal({ version, pending, error, onSubmit, onClose }: StepModalOf) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<DeclineReason | null>(null);
  const [advice, setAdvice] = useState('');
  const { errors, validate } = useReferralFieldErrors(error.raw);
  return (
    <StepModal
      opened
      title={t('referrals.action.decline')}
      message={t('referrals.confirm.decline')}
      confirmLabel={t('referrals.action.decline')}
      color="red"
      pending={pending}
      error={error.message}
      onClose={onClose}
      onConfirm={() => {
        const body = validate(declineReferralInputSchema, { version, reason, advice });
        if (body) {
          onSubmit(body);
        }
      }}
    >
      <Select
        label={t('referrals.field.declineReason')}
        withAsterisk
        data={declineReasons.map((value) => ({ value, label: t(`referrals.declineReason.${value}`) }))}
        value={reason}
        error={errors.reason}
        onChange={(value) => setReason(declineReasons.find((candidate) => candidate === value) ?? null)}
        comboboxProps={{ withinPortal: false }}
      />
      <Textarea
        dir="auto"
        label={t('referrals.field.advice')}
        description={t('referrals.form.adviceHint')}
        withAsterisk
        autosize
        minRows={3}
        value={advice}
        error={errors.advice}
        onChange={(event) => setAdvice(event.currentTarget.value)}
      />
    </StepModal>
  );
}
