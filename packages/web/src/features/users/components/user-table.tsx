import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { canEditUser, canGrantAssignment, todayInMorocco, type Assignment, type Me, type User } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../components/demo-badge';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { useSession } from '../../auth';
import { useProvinces } from '../../territory';

interface UserTableProps {
  users: readonly User[];
  gsts: Me['gsts'];
  regionCode: string;
  busy: boolean;
  onToggleActive: (user: User) => void;
  onAddAssignment: (user: User) => void;
  onEndAssignment: (user: User, assignment: Assignment) => void;
}

/** Users with their role assignments; ending a role or deactivating a user keeps the history. */
export function UserTable({
  users,
  gsts,
  regionCode,
  busy,
  onToggleActive,
  onAddAssignment,
  onEndAssignment,
}: UserTableProps) {
  const { t } = useTranslation();
  const { actor } = useSession();
  const language = useLanguage();
  const { formatDate, formatDateTime } = useFormatters();
  const provinces = useProvinces(regionCode);

  function scopeLabel(assignment: Assignment): string {
    switch (assignment.scopeLevel) {
      case 'national':
        return t('scopeLevel.national');
      case 'gst': {
        const gst = gsts.find((candidate) => candidate.id === assignment.gstId);
        return gst ? localizedName(gst, language) : t('scopeLevel.gst');
      }
      case 'province': {
        const province = provinces.data?.find((candidate) => candidate.code === assignment.provinceCode);
        return province ? localizedName(province, language) : (assignment.provinceCode ?? '');
      }
      case 'establishment':
        return assignment.establishmentName ?? t('scopeLevel.establishment');
    }
  }

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped verticalSpacing="sm" aria-label={t('users.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.user')}</Table.Th>
            <Table.Th>{t('users.assignments')}</Table.Th>
            <Table.Th>{t('users.status')}</Table.Th>
            <Table.Th>{t('users.lastLogin')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={500}>
                    {user.displayName}
                  </Text>
                  <Text size="xs" c="dimmed" dir="ltr" ta="start">
                    {user.username}
                    {user.email ? ` · ${user.email}` : ''}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={4}>
                  {user.assignments.map((assignment) => {
                    const ended = assignment.validTo !== null && assignment.validTo < todayInMorocco();
                    return (
                      <Group key={assignment.id} gap={6} wrap="nowrap">
                        <Text size="sm" c={ended ? 'dimmed' : undefined} td={ended ? 'line-through' : undefined}>
                          {t(`role.${assignment.role}`)} — {scopeLabel(assignment)}
                          <Text span size="xs" c="dimmed">
                            {' '}
                            ({formatDate(assignment.validFrom)} →{' '}
                            {assignment.validTo ? formatDate(assignment.validTo) : '…'})
                          </Text>
                        </Text>
                        {!ended && user.id !== actor.userId && canGrantAssignment(actor, assignment) && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            disabled={busy}
                            style={{ flexShrink: 0 }}
                            aria-label={t('users.endAssignmentOf', {
                              role: t(`role.${assignment.role}`),
                              name: user.displayName,
                            })}
                            onClick={() => onEndAssignment(user, assignment)}
                          >
                            {t('users.endAssignment')}
                          </Button>
                        )}
                      </Group>
                    );
                  })}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge color={user.isActive ? 'teal' : 'gray'} variant="light" size="sm">
                    {user.isActive ? t('users.active') : t('users.inactive')}
                  </Badge>
                  {user.isDemo && <DemoBadge kind="demo" />}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : '—'}</Text>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-xs"
                    variant="light"
                    disabled={busy || !user.isActive}
                    onClick={() => onAddAssignment(user)}
                  >
                    {t('users.addRole')}
                  </Button>
                  {user.id !== actor.userId && canEditUser(actor, user) && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      color={user.isActive ? 'red' : 'teal'}
                      disabled={busy}
                      onClick={() => onToggleActive(user)}
                    >
                      {user.isActive ? t('users.deactivate') : t('users.reactivate')}
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
