import { SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { editReferralInputSchema, type Referral } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StepModal } from './step-modal';
import type { StepModalOf } from './step-modal-props';
import { useReferralFieldErrors } from './use-referral-field-errors';

/**
 * Editing a draft before it is sent: urgency (an emergency transfer is never a draft), reason, clinical summary and,
 * off the pathway, the justification. The clinical content is only there for its author.
 */
export function EditDraftModal({
  version,
  pending,
  error,
  onSubmit,
  onClose,
  referral,
}: StepModalOf & { referral: Referral }) {
  const { t } = useTranslation();
  const [urgency, setUrgency] = useState<'routine' | 'urgent'>(referral.urgency === 'urgent' ? 'urgent' : 'routine');
  const [reason, setReason] = useState(referral.reason ?? '');
  const [clinicalSummary, setClinicalSummary] = useState(referral.clinicalSummary ?? '');
  const [justification, setJustification] = useState(referral.offPathwayJustification ?? '');
  const { errors, validate } = useReferralFieldErrors(error.raw);
  return (
    <StepModal
      opened
      size="lg"
      title={t('referrals.confirm.editTitle')}
      confirmLabel={t('referrals.action.edit')}
      pending={pending}
      error={error.message}
      onClose={onClose}
      onConfirm={() => {
        const body = validate(editReferralInputSchema, {
          version,
          urgency,
          reason,
          clinicalSummary,
          ...(referral.inPathway ? {} : { offPathwayJustification: justification }),
        });
        if (body) {
          onSubmit(body);
        }
      }}
    >
      <Stack gap="sm">
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('referrals.field.urgency')}
          </Text>
          <SegmentedControl
            aria-label={t('referrals.field.urgency')}
            value={urgency}
            onChange={(value) => setUrgency(value === 'urgent' ? 'urgent' : 'routine')}
            data={(['routine', 'urgent'] as const).map((value) => ({ value, label: t(`referrals.urgency.${value}`) }))}
          />
        </div>
        <TextInput
          dir="auto"
          label={t('referrals.field.reason')}
          withAsterisk
          value={reason}
          error={errors.reason}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <Textarea
          dir="auto"
          label={t('referrals.field.clinicalSummary')}
          withAsterisk
          autosize
          minRows={4}
          value={clinicalSummary}
          error={errors.clinicalSummary}
          onChange={(event) => setClinicalSummary(event.currentTarget.value)}
        />
        {!referral.inPathway && (
          <Textarea
            dir="auto"
            label={t('referrals.field.offPathwayJustification')}
            withAsterisk
            autosize
            minRows={2}
            value={justification}
            error={errors.offPathwayJustification}
            onChange={(event) => setJustification(event.currentTarget.value)}
          />
        )}
      </Stack>
    </StepModal>
  );
}
