import { Alert, Button, Group, List, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RosterDetail } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-error';
import { describeError } from '../../../lib/describe-error';
import { useEditRoster } from '../api/use-rosters';

type RosterShiftView = RosterDetail['shifts'][number];

interface ShiftEditorModalProps {
  roster: RosterDetail;
  shift: RosterShiftView | null;
  onClose: () => void;
}

const emptyValue = '';

/**
 * Changes the holder of one shift, choosing among the staff who may serve its line. The server checks the rules: a
 * refused change shows each rule it would break, and nothing is saved.
 */
export function ShiftEditorModal({ roster, shift, onClose }: ShiftEditorModalProps) {
  const { t } = useTranslation();
  const edit = useEditRoster(roster.id);
  const [holder, setHolder] = useState<string>(shift?.staffId ?? emptyValue);
  const line = roster.lines.find((candidate) => candidate.id === shift?.lineId);
  const names = new Map(roster.staff.map((person) => [person.staffId, person.name]));
  const gap = roster.gaps.find((candidate) => candidate.shiftId === shift?.id);
  const options = [
    { value: emptyValue, label: t('rosters.cell.leaveEmpty') },
    ...roster.staff
      .filter((person) => shift !== null && person.lineIds.includes(shift.lineId))
      .map((person) => ({ value: person.staffId, label: person.name })),
  ];

  function handleSave() {
    if (!shift) {
      return;
    }
    edit.mutate(
      { version: roster.version, changes: [{ shiftId: shift.id, staffId: holder === emptyValue ? null : holder }] },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('rosters.saved') });
          onClose();
        },
      },
    );
  }

  const issues = isApiError(edit.error) ? edit.error.issues : [];
  return (
    <Modal
      opened={shift !== null}
      onClose={onClose}
      title={t('rosters.cell.title', { line: line?.name, day: shift?.day })}
    >
      <Stack>
        <Select
          label={t('rosters.cell.holder')}
          data={options}
          value={holder}
          onChange={(value) => setHolder(value ?? emptyValue)}
          searchable
          allowDeselect={false}
        />
        {gap && gap.fillableBy.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('rosters.cell.fillableBy', {
              names: gap.fillableBy.map((staffId) => names.get(staffId) ?? staffId).join(', '),
            })}
          </Text>
        )}
        {edit.isError && (
          <Alert color="red" title={t('rosters.cell.refused')}>
            {issues.length > 0 ? (
              <List size="sm">
                {issues.map((issue) => (
                  <List.Item key={`${issue.code ?? ''}${issue.message}`}>
                    <strong>{t(`rosters.rules.${issue.code ?? 'unknown_shift'}`)}</strong> — {issue.message}
                  </List.Item>
                ))}
              </List>
            ) : (
              describeError(edit.error, t)
            )}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('rosters.cell.cancel')}
          </Button>
          <Button onClick={handleSave} loading={edit.isPending}>
            {t('rosters.cell.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
