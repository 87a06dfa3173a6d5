import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { PageTitle } from '../../components/page-title';
import { useSession } from '../../features/auth';
import { apiClient } from '../../lib/api-client';
import { attributions } from '../../lib/attributions';

const healthSchema = z.object({ status: z.string(), database: z.string() });

/** What Tansiq is, where its data come from (with the licences' attributions, word for word), and server health. */
export function AboutPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const health = useQuery({
    queryKey: ['health'],
    queryFn: () => apiClient.get('/api/health', { schema: healthSchema }),
  });
  const sources = [
    { key: 'boundaries', text: attributions.boundaries },
    { key: 'population', text: attributions.population },
    { key: 'communes', text: attributions.communes },
    { key: 'communeAreas', text: attributions.communeAreas },
    { key: 'healthsites', text: attributions.healthsites },
  ] as const;

  return (
    <Stack gap="md">
      <PageTitle title={t('about.title')} />
      <Card withBorder padding="md">
        <Text size="sm">{t('about.description')}</Text>
        <Text size="sm" mt="xs">
          {t('about.licence')}
        </Text>
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="sources-title">
        <Title order={2} size="h4" mb="sm" id="sources-title">
          {t('about.sources')}
        </Title>
        <List spacing="sm" size="sm">
          {sources.map((source) => (
            <List.Item key={source.key}>
              <Text size="sm" fw={500}>
                {t(`about.source.${source.key}`)}
              </Text>
              <Text size="sm" dir="ltr" ta="start" data-testid={`attribution-${source.key}`}>
                {source.text}
              </Text>
            </List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed" mt="md">
          {t('about.odbl')}
        </Text>
      </Card>
      {me.demoMode && (
        <Card withBorder padding="md">
          <Group gap="xs" mb="xs">
            <Badge color="orange">{t('demo.mode')}</Badge>
          </Group>
          <Text size="sm">{t('about.demo')}</Text>
        </Card>
      )}
      <Card withBorder padding="md">
        <Title order={2} size="h4" mb="sm">
          {t('about.server')}
        </Title>
        <Text size="sm">
          {health.data
            ? t('about.health', { status: health.data.status, database: health.data.database })
            : health.isError
              ? t('about.healthUnavailable')
              : t('common.loading')}
        </Text>
      </Card>
    </Stack>
  );
}
