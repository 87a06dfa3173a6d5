import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLogout, useSession } from '../../features/auth';

/** The signed-in user's name, roles, and logout. */
export function UserMenu() {
  const { t } = useTranslation();
  const { me } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const roles = [...new Set(me.user.assignments.map((assignment) => t(`role.${assignment.role}`)))];

  function handleLogout() {
    logout.mutate(undefined, { onSettled: () => void navigate({ to: '/login', search: {} }) });
  }

  return (
    <Menu position="bottom-end" withArrow>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          size="sm"
          leftSection={<IconUserCircle size={20} />}
          rightSection={<IconChevronDown size={14} />}
        >
          <Text size="sm" truncate maw={180} dir="auto">
            {me.user.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.user.username}</Menu.Label>
        {roles.map((role) => (
          <Menu.Item key={role} disabled>
            {role}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} color="red" onClick={handleLogout}>
          {t('header.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
