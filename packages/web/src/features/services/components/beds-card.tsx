import { ActionIcon, Button, Card, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMinus, IconPlus } from '@tabler/icons-react';
import type { BedAvailability } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/describe-error';
import { useFormatters } from '../../../lib/use-formatters';
import { useUpdateBeds } from '../api/use-service-writes';
import { useServiceLabels } from './use-service-labels';

interface BedsCardProps {
  establishmentId: string;
  specialtyCode: string;
  registryBeds: number;
  beds: BedAvailability | null;
  canUpdate: boolean;
}

/** Beds available now, when and by whom they were last set; quick −/+ and "set" for the service's staff. */
export function BedsCard({ establishmentId, specialtyCode, registryBeds, beds, canUpdate }: BedsCardProps) {
  const { t } = useTranslation();
  const { formatInteger, formatDateTime } = useFormatters();
  const { ago } = useServiceLabels();
  const update = useUpdateBeds(establishmentId, specialtyCode);
  const [typed, setTyped] = useState<string | number>('');
  const current = beds?.bedsAvailable ?? 0;

  function handleSet(value: number) {
    update.mutate(value, {
      onSuccess: () => setTyped(''),
      onError: (error) => notifications.show({ color: 'red', message: describeError(error, t) }),
    });
  }

  return (
    <Card withBorder padding="md" component="section" aria-label={t('services.beds.title')}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('services.beds.title')}
        </Title>
        <Group gap="sm" align="center">
          {canUpdate && (
            <ActionIcon
              variant="light"
              size="lg"
              aria-label={t('services.beds.decrease')}
              disabled={current === 0 || update.isPending}
              onClick={() => handleSet(current - 1)}
            >
              <IconMinus size={18} />
            </ActionIcon>
          )}
          <Text fz={32} fw={700} aria-label={t('services.beds.available')}>
            {beds ? formatInteger(beds.bedsAvailable) : '—'}
          </Text>
          {canUpdate && (
            <ActionIcon
              variant="light"
              size="lg"
              aria-label={t('services.beds.increase')}
              disabled={update.isPending}
              onClick={() => handleSet(current + 1)}
            >
              <IconPlus size={18} />
            </ActionIcon>
          )}
          <Text size="sm" c="dimmed">
            {t('services.beds.ofRegistry', { total: formatInteger(registryBeds) })}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {beds
            ? t('services.beds.updatedAt', {
                ago: ago(beds.updatedAt),
                at: formatDateTime(beds.updatedAt),
                by: beds.updatedBy?.displayName ?? t('services.beds.system'),
              })
            : t('services.beds.never')}
        </Text>
        {canUpdate && (
          <Group gap="xs" align="flex-end">
            <NumberInput
              label={t('services.beds.set')}
              min={0}
              max={5000}
              allowDecimal={false}
              value={typed}
              onChange={setTyped}
              w={140}
            />
            <Button
              variant="light"
              disabled={typeof typed !== 'number'}
              loading={update.isPending}
              onClick={() => typeof typed === 'number' && handleSet(typed)}
            >
              {t('services.beds.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
