import { Badge, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Me } from '@tansiq/domain';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoginForm } from '../../features/auth';
import { LanguageSwitch } from '../layout/language-switch';

const route = getRouteApi('/login');

/** Sign-in page; afterwards the user's saved language applies and they go where they were heading (or the overview). */
export function LoginPage() {
  const { t, i18n } = useTranslation();
  const { redirect } = route.useSearch();
  const navigate = useNavigate();

  function handleSuccess(me: Me) {
    void i18n.changeLanguage(me.user.locale);
    if (redirect) {
      void navigate({ href: redirect, replace: true });
    } else {
      void navigate({ to: '/', replace: true });
    }
  }

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Stack w="100%" maw={400} gap="md">
        <Group justify="flex-end">
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} size="h2">
                Tansiq — <span lang="ar">تنسيق</span>
              </Title>
              <Text size="sm" c="dimmed">
                {t('login.subtitle')}
              </Text>
            </Stack>
            <Title order={2} size="h4">
              {t('login.title')}
            </Title>
            <LoginForm onSuccess={handleSuccess} />
          </Stack>
        </Paper>
        <Group justify="center">
          <Badge variant="light" color="gray">
            {t('login.footer')}
          </Badge>
        </Group>
      </Stack>
    </Center>
  );
}
