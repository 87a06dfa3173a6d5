import { Button, Group, Modal, Stack } from '@mantine/core';
import { assignmentInputSchema, type Me, type User } from '@tansiq/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useChangeAssignment } from '../api/use-change-assignment';
import { AssignmentFields } from './assignment-fields';
import { newAssignmentValues, toAssignmentCandidate } from './assignment-values';

interface AddAssignmentModalProps {
  user: User;
  gstId: string;
  gsts: Me['gsts'];
  allowNational: boolean;
  onClose: () => void;
}

/** Grants one more role to an existing user. */
export function AddAssignmentModal({ user, gstId, gsts, allowNational, onClose }: AddAssignmentModalProps) {
  const { t } = useTranslation();
  const change = useChangeAssignment();
  const [values, setValues] = useState(() => newAssignmentValues(gstId));
  const { errors, serverIssues, validate } = useFieldErrors(change.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = validate(assignmentInputSchema, toAssignmentCandidate(values));
    if (input) {
      change.mutate({ kind: 'add', userId: user.id, input }, { onSuccess: onClose });
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('users.addAssignmentTitle', { name: user.displayName })} size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          {change.error && serverIssues.length === 0 && <ErrorPanel error={change.error} />}
          <AssignmentFields
            number={1}
            values={values}
            gsts={gsts}
            allowNational={allowNational}
            errors={errors}
            onChange={setValues}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending}>
              {t('users.grant')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
