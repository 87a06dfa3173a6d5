import { Alert, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { Establishment } from '@tansiq/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { StatusBadge } from './status-badge';
import { TypeBadge } from './type-badge';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

/** Identity, place, contacts and status of an establishment. */
export function EstablishmentDetails({ establishment }: { establishment: Establishment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDate } = useFormatters();
  const none = '—';
  return (
    <Stack gap="md">
      {establishment.status === 'closed' && (
        <Alert color="gray" icon={<IconLock size={18} />} title={t('establishment.closedTitle')}>
          {t('establishment.closedOn', {
            date: establishment.closedOn ? formatDate(establishment.closedOn) : none,
            reason: establishment.closureReason ?? none,
          })}
        </Alert>
      )}
      <Card withBorder padding="md">
        <Title order={2} size="h4" mb="sm">
          {t('establishment.identity')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <Field label={t('establishment.code')}>
            <span dir="ltr">{establishment.code}</span>
          </Field>
          <Field label={t('establishment.type')}>
            <Group gap={6}>
              <TypeBadge type={establishment.type} />
              {t(`establishmentType.${establishment.type}`)}
            </Group>
          </Field>
          <Field label={t('establishment.level')}>{t(`careLevel.${establishment.level}`)}</Field>
          <Field label={t('establishment.nameFr')}>
            <span lang="fr">{establishment.nameFr}</span>
          </Field>
          <Field label={t('establishment.nameAr')}>
            {establishment.nameAr ? (
              <span lang="ar" dir="rtl">
                {establishment.nameAr}
              </span>
            ) : (
              none
            )}
          </Field>
          <Field label={t('establishment.status')}>
            <StatusBadge status={establishment.status} />
          </Field>
        </SimpleGrid>
      </Card>
      <Card withBorder padding="md">
        <Title order={2} size="h4" mb="sm">
          {t('establishment.placeAndContact')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          <Field label={t('establishment.province')}>{localizedName(establishment.province, language)}</Field>
          <Field label={t('establishment.commune')}>
            {establishment.commune ? localizedName(establishment.commune, language) : none}
          </Field>
          <Field label={t('establishment.coordinates')}>
            <span dir="ltr">
              {establishment.lat.toFixed(5)}, {establishment.lon.toFixed(5)}
            </span>
          </Field>
          <Field label={t('establishment.address')}>{establishment.address ?? none}</Field>
          <Field label={t('establishment.phone')}>
            {establishment.phone ? (
              <a href={`tel:${establishment.phone.replace(/[^+0-9]/g, '')}`} dir="ltr">
                {establishment.phone}
              </a>
            ) : (
              none
            )}
          </Field>
          <Field label={t('establishment.openingHours')}>
            {establishment.openingHours ? <span dir="ltr">{establishment.openingHours}</span> : none}
          </Field>
        </SimpleGrid>
        {establishment.osmId && (
          <Badge mt="md" variant="outline" color="gray" size="sm" dir="ltr">
            OSM {establishment.osmId}
          </Badge>
        )}
      </Card>
    </Stack>
  );
}
