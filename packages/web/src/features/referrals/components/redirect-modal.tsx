import { Textarea } from '@mantine/core';
import { redirectReferralInputSchema, type Referral } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DestinationPicker } from './destination-picker';
import { StepModal } from './step-modal';
import type { StepModalOf } from './step-modal-props';
import { useReferralFieldErrors } from './use-referral-field-errors';

/** Redirecting a referral to a better destination, chosen among those ranked from its origin, with a note. */
export function RedirectModal({
  referral,
  version,
  pending,
  error,
  onSubmit,
  onClose,
}: StepModalOf & { referral: Referral }) {
  const { t } = useTranslation();
  const [destinationEstablishmentId, setDestination] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const { errors, validate } = useReferralFieldErrors(error.raw);
  return (
    <StepModal
      opened
      size="lg"
      title={t('referrals.action.redirect')}
      message={t('referrals.confirm.redirect')}
      confirmLabel={t('referrals.action.redirect')}
      pending={pending}
      error={error.message}
      onClose={onClose}
      onConfirm={() => {
        const body = validate(redirectReferralInputSchema, {
          version,
          destinationEstablishmentId: destinationEstablishmentId ?? '',
          note,
        });
        if (body) {
          onSubmit(body);
        }
      }}
    >
      <DestinationPicker
        originEstablishmentId={referral.origin.id}
        specialtyCode={referral.specialtyCode}
        urgency={referral.urgency}
        value={destinationEstablishmentId}
        error={errors.destinationEstablishmentId}
        exclude={[referral.destination.id, referral.origin.id]}
        onChange={(id) => setDestination(id)}
      />
      <Textarea
        dir="auto"
        label={t('referrals.field.redirectNote')}
        withAsterisk
        autosize
        minRows={2}
        value={note}
        error={errors.note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
    </StepModal>
  );
}
