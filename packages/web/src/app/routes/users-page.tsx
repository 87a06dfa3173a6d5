import { Box, Button, Group, LoadingOverlay, Pagination, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { canManageNationalUsers, canManageUsers, type User } from '@tansiq/domain';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyResult } from '../../components/empty-result';
import { ErrorPanel } from '../../components/error-panel';
import { PageLoader } from '../../components/page-loader';
import { PageTitle } from '../../components/page-title';
import { useSession } from '../../features/auth';
import {
  AddAssignmentModal,
  CreateUserModal,
  UserTable,
  useChangeAssignment,
  useUpdateUser,
  useUsers,
  usersPageSize,
} from '../../features/users';
import { describeError } from '../../lib/describe-error';
import { ForbiddenNotice } from './forbidden-notice';

const route = getRouteApi('/_app/users');

/** User administration of the GST: search, create with roles, grant or end roles, deactivate. */
export function UsersPage() {
  const { t } = useTranslation();
  const { me, actor, gst } = useSession();
  const { q = '', page } = route.useSearch();
  const navigate = route.useNavigate();
  const [searchText, setSearchText] = useState(q);
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<User | null>(null);
  const users = useUsers(gst.id, q, page);
  const updateUser = useUpdateUser();
  const changeAssignment = useChangeAssignment();
  const commitSearch = useDebouncedCallback(
    (value: string) => void navigate({ search: { q: value.trim() || undefined, page: 1 } }),
    400,
  );
  const allowNational = canManageNationalUsers(actor);
  const showError = (error: Error) => notifications.show({ color: 'red', message: describeError(error, t) });

  if (!canManageUsers(actor, gst.id)) {
    return <ForbiddenNotice />;
  }

  return (
    <>
      <PageTitle
        title={t('users.title')}
        actions={
          <Button leftSection={<IconUserPlus size={18} />} onClick={() => setCreating(true)}>
            {t('users.new')}
          </Button>
        }
      />
      <TextInput
        label={t('users.search')}
        leftSection={<IconSearch size={16} />}
        maw={360}
        mb="md"
        value={searchText}
        onChange={(event) => {
          setSearchText(event.currentTarget.value);
          commitSearch(event.currentTarget.value);
        }}
      />
      {users.isPending && <PageLoader />}
      {users.isError && <ErrorPanel error={users.error} onRetry={() => void users.refetch()} />}
      {users.data?.items.length === 0 && <EmptyResult title={t('users.empty')} />}
      {users.data && users.data.items.length > 0 && (
        <Box pos="relative">
          <LoadingOverlay visible={users.isPlaceholderData} />
          <UserTable
            users={users.data.items}
            gsts={me.gsts}
            regionCode={gst.regionCode}
            busy={updateUser.isPending || changeAssignment.isPending}
            onToggleActive={(user) =>
              updateUser.mutate({ userId: user.id, input: { isActive: !user.isActive } }, { onError: showError })
            }
            onAddAssignment={setGranting}
            onEndAssignment={(user, assignment) =>
              changeAssignment.mutate(
                { kind: 'end', userId: user.id, assignmentId: assignment.id },
                { onError: showError },
              )
            }
          />
          <Group justify="center" mt="md">
            <Pagination
              total={Math.max(1, Math.ceil(users.data.total / usersPageSize))}
              value={page}
              onChange={(next) => void navigate({ search: { q: q || undefined, page: next } })}
            />
          </Group>
        </Box>
      )}
      <CreateUserModal
        opened={creating}
        onClose={() => setCreating(false)}
        gstId={gst.id}
        gsts={me.gsts}
        allowNational={allowNational}
      />
      {granting && (
        <AddAssignmentModal
          user={granting}
          gstId={gst.id}
          gsts={me.gsts}
          allowNational={allowNational}
          onClose={() => setGranting(null)}
        />
      )}
    </>
  );
}
