import { Alert, AppShell, Container, Group, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Outlet } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { meQuery, SessionProvider } from '../../features/auth';
import { AppHeader } from './app-header';
import { AppNavbar } from './app-navbar';

/** The authenticated shell: header, role-based navbar, page, and a footer pointing to the data sources. */
export function AppLayout() {
  const { t, i18n } = useTranslation();
  const { data: me } = useSuspenseQuery(meQuery);
  const [navbarOpened, { toggle, close }] = useDisclosure(false);
  const userLocale = me.user.locale;

  // The language is remembered per user: follow it when the session starts (or another user signs in).
  useEffect(() => {
    if (i18n.language !== userLocale) {
      void i18n.changeLanguage(userLocale);
    }
  }, [i18n, me.user.id, userLocale]);

  return (
    <SessionProvider
      me={me}
      fallback={
        <Container size="sm" py="xl">
          <Alert color="orange">{t('errors.noGst')}</Alert>
        </Container>
      }
    >
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 230, breakpoint: 'md', collapsed: { mobile: !navbarOpened } }}
        padding="md"
      >
        <AppShell.Header>
          <AppHeader navbarOpened={navbarOpened} onToggleNavbar={toggle} />
        </AppShell.Header>
        <AppShell.Navbar p="xs">
          <AppShell.Section grow component={ScrollArea}>
            <AppNavbar onNavigate={close} />
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main>
          <Container size="xl" px={0}>
            <Outlet />
            <Group
              component="footer"
              mt="xl"
              pt="sm"
              gap="xs"
              style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
            >
              <Text size="xs" c="dimmed">
                {t('footer.data')}
              </Text>
              <AnchorLink to="/about" size="xs">
                {t('footer.sources')}
              </AnchorLink>
            </Group>
          </Container>
        </AppShell.Main>
      </AppShell>
    </SessionProvider>
  );
}
