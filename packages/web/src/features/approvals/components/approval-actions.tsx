import { Alert, Button, Card, Group, Stack, Textarea, Title } from '@mantine/core';
import type { ApprovalRequestView } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { describeError } from '../../../lib/describe-error';
import { useApprovalAction, type ApprovalPageAction } from '../api/approval-mutations';

const order: readonly ApprovalPageAction[] = ['approve', 'return', 'reject', 'submit', 'withdraw', 'comment'];
const colors: Record<ApprovalPageAction, string> = {
  approve: 'teal',
  return: 'orange',
  reject: 'red',
  submit: 'blue',
  withdraw: 'gray',
  comment: 'gray',
};
const needsComment = (action: ApprovalPageAction) => action === 'reject' || action === 'return' || action === 'comment';

/** The actions this user may take now, with a comment (required to reject, return or comment). */
export function ApprovalActions({ request }: { request: ApprovalRequestView }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useApprovalAction(request.id);
  const actions = order.filter((action) => request.allowedActions.includes(action));
  if (actions.length === 0) {
    return null;
  }
  const handleAction = (action: ApprovalPageAction) => {
    if (needsComment(action) && comment.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    mutation.mutate({ action, version: request.version, comment }, { onSuccess: () => setComment('') });
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="approval-actions-title">
      <Title order={2} size="h4" id="approval-actions-title" mb="sm">
        {t('approvals.page.actions')}
      </Title>
      <Stack gap="sm">
        <Textarea
          label={t('approvals.page.comment')}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          error={missing ? t('approvals.page.commentRequired') : undefined}
          autosize
          minRows={2}
          maxLength={4000}
        />
        <Group gap="xs">
          {actions.map((action) => (
            <Button
              key={action}
              color={colors[action]}
              variant={action === 'approve' || action === 'submit' ? 'filled' : 'light'}
              loading={mutation.isPending && mutation.variables.action === action}
              onClick={() => handleAction(action)}
            >
              {t(`approvals.action.${action}`)}
            </Button>
          ))}
        </Group>
        {mutation.isError && (
          <Alert color="red" title={t('approvals.page.actionFailed')}>
            {describeError(mutation.error, t)}
            {isApiError(mutation.error) && mutation.error.status === 422 && ` — ${mutation.error.message}`}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
