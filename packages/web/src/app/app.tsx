import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { meQueryKey } from '../features/auth';
import { directionOf } from '../i18n/i18n';
import { apiClient } from '../lib/api-client';
import { useLanguage } from '../lib/use-language';
import { queryClient } from './query-client';
import { router } from './router';
import { theme } from './theme';

/** Keeps Mantine's direction (and so every component's layout) in step with the language. */
function DirectionSync() {
  const language = useLanguage();
  const { setDirection } = useDirection();
  useEffect(() => setDirection(directionOf(language)), [language, setDirection]);
  return null;
}

/** A 401 anywhere (expired session) sends the user to the login page, then back where they were. */
function UnauthenticatedRedirect() {
  useEffect(
    () =>
      apiClient.onUnauthenticated(() => {
        queryClient.removeQueries({ queryKey: meQueryKey });
        const { pathname, href } = router.state.location;
        if (pathname !== '/login') {
          void router.navigate({ to: '/login', search: { redirect: href } });
        }
      }),
    [],
  );
  return null;
}

/** The app: providers, then the router. */
export function App() {
  const { i18n } = useTranslation();
  return (
    <DirectionProvider initialDirection={directionOf(i18n.language === 'ar' ? 'ar' : 'fr')}>
      <MantineProvider theme={theme}>
        <DirectionSync />
        <Notifications position="top-center" />
        <QueryClientProvider client={queryClient}>
          <UnauthenticatedRedirect />
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
