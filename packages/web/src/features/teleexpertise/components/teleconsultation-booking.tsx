import { Button, Card, Select, Stack, Text, Title } from '@mantine/core';
import type { Teleexpertise } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { useFormatters } from '../../../lib/use-formatters';
import { useTeleconsultationSlots } from '../api/use-teleexpertise';
import { useTeleexpertiseWrites } from '../api/use-teleexpertise-writes';

const slotKey = (slot: { scheduleId: string; sessionDate: string; slotIndex: number }) =>
  `${slot.scheduleId}|${slot.sessionDate}|${slot.slotIndex}`;

/** Books the proposed teleconsultation on one of the destination service's free teleconsultation slots. */
export function TeleconsultationBooking({ teleexpertise }: { teleexpertise: Teleexpertise }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const slots = useTeleconsultationSlots(teleexpertise.id, true);
  const { book } = useTeleexpertiseWrites(teleexpertise.id);
  const [chosen, setChosen] = useState<string | null>(null);
  const slot = slots.data?.find((candidate) => slotKey(candidate) === chosen);
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('teleexpertise.booking.title')}
        </Title>
        {slots.isError && <ErrorPanel error={slots.error} onRetry={() => void slots.refetch()} />}
        {slots.data?.length === 0 && <Text c="dimmed">{t('teleexpertise.booking.noSlot')}</Text>}
        {slots.data && slots.data.length > 0 && (
          <>
            <Select
              label={t('teleexpertise.booking.slot')}
              data={slots.data.map((candidate) => ({
                value: slotKey(candidate),
                label: formatDateTime(candidate.startsAt),
              }))}
              value={chosen}
              onChange={setChosen}
            />
            {book.isError && <ErrorPanel error={book.error} />}
            <Button
              w="fit-content"
              disabled={!slot}
              loading={book.isPending}
              onClick={() => {
                if (slot) {
                  book.mutate({
                    scheduleId: slot.scheduleId,
                    sessionDate: slot.sessionDate,
                    slotIndex: slot.slotIndex,
                  });
                }
              }}
            >
              {t('teleexpertise.booking.submit')}
            </Button>
          </>
        )}
      </Stack>
    </Card>
  );
}
