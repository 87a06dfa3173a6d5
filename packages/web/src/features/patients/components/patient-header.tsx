import { Badge, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconFirstAidKit, IconHeartHandshake, IconUserShield } from '@tabler/icons-react';
import { formatRegionalPatientId, type PatientRecord } from '@tansiq/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../components/demo-badge';
import { arabicName, latinName } from './patient-names';

type AccessBasis = PatientRecord['access']['basis'];

const basisBadges: Record<AccessBasis, { color: string; icon: typeof IconHeartHandshake }> = {
  care_relationship: { color: 'teal', icon: IconHeartHandshake },
  identity_management: { color: 'indigo', icon: IconUserShield },
  break_glass: { color: 'red', icon: IconFirstAidKit },
};

interface PatientHeaderProps {
  record: PatientRecord;
  actions?: ReactNode;
}

/** The patient's names in both scripts, regional id, status badges and on what ground the user sees the record. */
export function PatientHeader({ record, actions }: PatientHeaderProps) {
  const { t } = useTranslation();
  const latin = latinName(record);
  const arabic = arabicName(record);
  const basis = basisBadges[record.access.basis];
  const BasisIcon = basis.icon;

  return (
    <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap" mb="md">
      <Stack gap={4} style={{ minWidth: 0 }}>
        <Title order={1} size="h2">
          {latin !== '' && (
            <span lang="fr" dir="ltr">
              {latin}
            </span>
          )}
          {latin !== '' && arabic !== '' && (
            <Text span c="dimmed" fz="inherit" mx="xs" aria-hidden>
              ·
            </Text>
          )}
          {arabic !== '' && (
            <span lang="ar" dir="rtl">
              {arabic}
            </span>
          )}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('patients.field.regionalId')}{' '}
            <Text span fw={600} c="var(--mantine-color-text)" ff="monospace" dir="ltr">
              {formatRegionalPatientId(record.regionalId)}
            </Text>
          </Text>
          <Tooltip label={t(`patients.access.${record.access.basis}Hint`)} withArrow multiline w={280}>
            <Badge color={basis.color} variant="light" leftSection={<BasisIcon size={12} aria-hidden />}>
              {t(`patients.access.${record.access.basis}`)}
            </Badge>
          </Tooltip>
          {record.vitalStatus === 'deceased' && (
            <Badge color="dark" variant="filled">
              {t('patients.vitalStatus.deceased')}
            </Badge>
          )}
          {record.mergedRecords.length > 0 && (
            <Badge color="grape" variant="light">
              {t('patients.header.merged', { count: record.mergedRecords.length })}
            </Badge>
          )}
          {record.isDemo && <DemoBadge kind="demo" />}
        </Group>
      </Stack>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
