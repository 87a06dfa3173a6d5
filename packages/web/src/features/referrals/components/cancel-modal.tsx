import { Textarea } from '@mantine/core';
import { cancelReferralInputSchema } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepModal } from './step-modal';
import type { StepModalOf } from './step-modal-props';
import { useReferralFieldErrors } from './use-referral-field-errors';

/** Cancelling a referral (the sender, before attendance): why, told to the destination. */
export function CancelModal({ version, pending, error, onSubmit, onClose }: StepModalOf) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { errors, validate } = useReferralFieldErrors(error.raw);
  return (
    <StepModal
      opened
      title={t('referrals.action.cancel')}
      message={t('referrals.confirm.cancel')}
      confirmLabel={t('referrals.confirm.cancelButton')}
      color="red"
      pending={pending}
      error={error.message}
      onClose={onClose}
      onConfirm={() => {
        const body = validate(cancelReferralInputSchema, { version, reason });
        if (body) {
          onSubmit(body);
        }
      }}
    >
      <Textarea
        dir="auto"
        label={t('referrals.field.cancelReason')}
        withAsterisk
        autosize
        minRows={2}
        value={reason}
        error={errors.reason}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
    </StepModal>
  );
}
