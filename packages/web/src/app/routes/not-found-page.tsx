import { Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';

/** Any URL the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack gap="sm">
        <Title order={1} size="h2">
          {t('errors.notFoundTitle')}
        </Title>
        <Text>{t('errors.pageNotFound')}</Text>
        <AnchorLink to="/">{t('nav.overview')}</AnchorLink>
      </Stack>
    </Container>
  );
}
