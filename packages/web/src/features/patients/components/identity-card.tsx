import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Patient } from '@tansiq/domain';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { formatPhone } from './format-phone';
import { useBirthDateLabel } from './use-birth-date-label';

interface IdentityCardProps {
  patient: Patient;
  actions?: ReactNode;
}

function Item({ label, children, ltr = false }: { label: string; children: ReactNode; ltr?: boolean }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{ltr ? <bdi dir="ltr">{children}</bdi> : children}</Text>
    </Stack>
  );
}

/** The patient's identity: birth date with its precision, sex, identifiers, cover, phones, place and reference centre. */
export function IdentityCard({ patient, actions }: IdentityCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDate } = useFormatters();
  const birthDateLabel = useBirthDateLabel();
  const none = t('patients.value.none');
  const commune =
    patient.communeNameFr === null
      ? none
      : localizedName({ nameFr: patient.communeNameFr, nameAr: patient.communeNameAr }, language);

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="identity-title" h="100%">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id="identity-title">
          {t('patients.identity.title')}
        </Title>
        {actions}
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
        <Item label={t('patients.field.birthDate')}>{birthDateLabel(patient.birthDate)}</Item>
        <Item label={t('patients.field.sex')}>{t(`patients.sex.${patient.sex}`)}</Item>
        <Item label={t('patients.field.cin')} ltr={patient.cin !== null}>
          {patient.cin ?? none}
        </Item>
        <Item label={t('patients.field.amo')}>
          {t(`patients.amoScheme.${patient.amoScheme}`)}
          {patient.amoNumber && (
            <Text span dir="ltr" ms="xs" ff="monospace" size="sm">
              {patient.amoNumber}
            </Text>
          )}
        </Item>
        <Item label={t('patients.field.phones')}>
          {patient.phones.length === 0
            ? none
            : patient.phones.map((phone, index) => (
                <Fragment key={phone}>
                  {index > 0 && ', '}
                  <bdi dir="ltr" style={{ whiteSpace: 'nowrap' }}>
                    {formatPhone(phone)}
                  </bdi>
                </Fragment>
              ))}
        </Item>
        <Item label={t('patients.field.fatherGivenName')}>{patient.fatherGivenName ?? none}</Item>
        <Item label={t('patients.field.commune')}>{commune}</Item>
        <Item label={t('patients.field.address')}>{patient.address ?? none}</Item>
        <Item label={t('patients.field.referenceEstablishment')}>{patient.referenceEstablishmentName ?? none}</Item>
        <Item label={t('patients.field.vitalStatus')}>
          {patient.vitalStatus === 'deceased' && patient.deathDate
            ? t('patients.identity.deceasedOn', { date: formatDate(patient.deathDate) })
            : t(`patients.vitalStatus.${patient.vitalStatus}`)}
        </Item>
      </SimpleGrid>
    </Card>
  );
}
