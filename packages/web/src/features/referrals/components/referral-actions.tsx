import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Referral, ReferralAction } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { useMoveReferral, type ReferralStep } from '../api/use-move-referral';
import { BookModal } from './book-modal';
import { CancelModal } from './cancel-modal';
import { CounterReferralModal } from './counter-referral-modal';
import { DeclineModal } from './decline-modal';
import { EditDraftModal } from './edit-draft-modal';
import { describeReferralError } from './describe-referral-error';
import { RedirectModal } from './redirect-modal';
import { StepModal } from './step-modal';
import type { StepModalOf } from './step-modal-props';

/** Steps taken at once (no data to give, easy to follow up). */
const directActions: readonly ReferralAction[] = ['send', 'accept', 'waitlist', 'attend'];
/** Steps without data that cannot be undone: a confirmation first. */
const confirmedActions: readonly ReferralAction[] = ['no_show', 'close'];

const actionColors: Partial<Record<ReferralAction, string>> = {
  decline: 'red',
  cancel: 'red',
  no_show: 'orange',
  redirect: 'grape',
  close: 'green',
};

/** The steps this user may take now (the server's `allowedActions`), each as a button; data-taking steps in a modal. */
export function ReferralActions({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const move = useMoveReferral(referral.id);
  const [open, setOpen] = useState<ReferralAction | null>(null);
  const [lastAction, setLastAction] = useState<ReferralAction | null>(null);

  function take(step: ReferralStep) {
    setLastAction(step.action);
    move.mutate(step, {
      onSuccess: () => setOpen(null),
      onError: (error) => {
        // The referral moved: close the form, the page shows its new status and buttons.
        if (isApiError(error) && error.status === 409) {
          setOpen(null);
        }
      },
    });
  }

  function handleClick(action: ReferralAction) {
    move.reset();
    if (directActions.includes(action)) {
      take({ action, body: { version: referral.version } });
    } else {
      setOpen(action);
    }
  }

  const handleClose = () => {
    setOpen(null);
    move.reset();
  };
  const modalError = move.error && open ? describeReferralError(move.error, t) : null;
  const modalProps: StepModalOf = {
    version: referral.version,
    pending: move.isPending,
    error: { raw: move.error, message: modalError },
    onSubmit: (body) => {
      if (open) {
        take({ action: open, body });
      }
    },
    onClose: handleClose,
  };
  const barError = move.error && !open ? describeReferralError(move.error, t) : null;
  const conflict = isApiError(move.error) && move.error.status === 409;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="referral-actions-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="referral-actions-title">
          {t('referrals.page.actions')}
        </Title>
        {barError && (
          <Alert color={conflict ? 'orange' : 'red'} role="alert">
            {barError}
          </Alert>
        )}
        {referral.allowedActions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('referrals.page.noAction')}
          </Text>
        ) : (
          <Group gap="xs">
            {referral.allowedActions.map((action) => (
              <Button
                key={action}
                size="sm"
                color={actionColors[action]}
                variant={action === 'cancel' || action === 'decline' || action === 'edit' ? 'outline' : 'filled'}
                loading={move.isPending && lastAction === action && !open}
                onClick={() => handleClick(action)}
              >
                {t(`referrals.action.${action}`)}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
      {open === 'edit' && <EditDraftModal {...modalProps} referral={referral} />}
      {open === 'decline' && <DeclineModal {...modalProps} />}
      {open === 'cancel' && <CancelModal {...modalProps} />}
      {open === 'redirect' && <RedirectModal {...modalProps} referral={referral} />}
      {open === 'counter_refer' && <CounterReferralModal {...modalProps} />}
      {(open === 'book' || open === 'reschedule') && (
        <BookModal {...modalProps} referral={referral} reschedule={open === 'reschedule'} />
      )}
      {open !== null && confirmedActions.includes(open) && (
        <StepModal
          opened
          title={t(`referrals.action.${open}`)}
          message={t(`referrals.confirm.${open}`)}
          confirmLabel={t(`referrals.action.${open}`)}
          color={actionColors[open]}
          pending={move.isPending}
          error={modalError}
          onClose={handleClose}
          onConfirm={() => take({ action: open, body: { version: referral.version } })}
        />
      )}
    </Card>
  );
}
