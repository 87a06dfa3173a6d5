import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { reviewBreakGlassInputSchema, type BreakGlassReviewItem } from '@tansiq/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { isApiError } from '../../../lib/api-error';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useLanguage } from '../../../lib/use-language';
import { useReviewBreakGlass } from '../api/use-review-break-glass';
import { patientDisplayName } from './patient-display-name';

interface ReviewBreakGlassModalProps {
  access: BreakGlassReviewItem;
  onClose: () => void;
}

type Decision = 'justified' | 'unjustified';

/** The DPO's decision on one access; judging it unjustified needs a note saying why. */
export function ReviewBreakGlassModal({ access, onClose }: ReviewBreakGlassModalProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const review = useReviewBreakGlass(access.id);
  const [decision, setDecision] = useState<Decision>('justified');
  const [note, setNote] = useState('');
  const { errors, serverIssues, validate } = useFieldErrors(review.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = validate(reviewBreakGlassInputSchema, { decision, note });
    if (input) {
      review.mutate(input, { onSuccess: onClose });
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('breakGlass.review.modalTitle')} size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {t('breakGlass.review.summary', {
              who: access.user.displayName,
              patient: patientDisplayName(access.patient, language),
              reason: t(`breakGlass.reason.${access.reasonCode}`),
            })}
          </Text>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {access.reasonText}
          </Text>
          {review.error &&
            serverIssues.length === 0 &&
            (isApiError(review.error) && review.error.status === 409 ? (
              <Alert color="blue">{t('breakGlass.review.alreadyReviewed')}</Alert>
            ) : (
              <ErrorPanel error={review.error} />
            ))}
          <SegmentedControl
            aria-label={t('breakGlass.review.decision')}
            value={decision}
            onChange={(value) => setDecision(value === 'unjustified' ? 'unjustified' : 'justified')}
            data={[
              { value: 'justified', label: t('breakGlass.status.justified') },
              { value: 'unjustified', label: t('breakGlass.status.unjustified') },
            ]}
          />
          <Textarea
            label={t('breakGlass.review.note')}
            description={t('breakGlass.review.noteHint')}
            required={decision === 'unjustified'}
            rows={2}
            value={note}
            error={errors.note && t('breakGlass.review.noteRequired')}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={decision === 'unjustified' ? 'red' : 'teal'} loading={review.isPending}>
              {t('breakGlass.review.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
