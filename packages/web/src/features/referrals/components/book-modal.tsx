import { Chip, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { IconDeviceLaptop } from '@tabler/icons-react';
import type { Referral } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { useFormatters } from '../../../lib/use-formatters';
import { useFreeSlots, type FreeSlot } from '../api/use-free-slots';
import { StepModal } from './step-modal';
import { useDayLabel } from './use-day-label';
import type { StepModalOf } from './step-modal-props';

const slotKey = (slot: FreeSlot) => `${slot.scheduleId}|${slot.sessionDate}|${slot.slotIndex}`;

function groupByDay(slots: readonly FreeSlot[]): { day: string; slots: FreeSlot[] }[] {
  const days = new Map<string, FreeSlot[]>();
  for (const slot of [...slots].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    days.set(slot.sessionDate, [...(days.get(slot.sessionDate) ?? []), slot]);
  }
  return [...days.entries()].map(([day, daySlots]) => ({ day, slots: daySlots }));
}

/** Booking (or moving) the appointment: the destination service's free slots of the next 8 weeks, by day. */
export function BookModal({
  referral,
  reschedule,
  version,
  pending,
  error,
  onSubmit,
  onClose,
}: StepModalOf & { referral: Referral; reschedule: boolean }) {
  const { t } = useTranslation();
  const { formatTime, formatDateTime } = useFormatters();
  const dayLabel = useDayLabel();
  const slots = useFreeSlots(referral.destination.id, referral.specialtyCode);
  const [chosen, setChosen] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const days = groupByDay(slots.data ?? []);
  return (
    <StepModal
      opened
      size="lg"
      title={reschedule ? t('referrals.action.reschedule') : t('referrals.action.book')}
      message={
        reschedule && referral.appointment
          ? t('referrals.book.current', { date: formatDateTime(referral.appointment.startsAt) })
          : t('referrals.book.hint')
      }
      confirmLabel={reschedule ? t('referrals.action.reschedule') : t('referrals.action.book')}
      pending={pending}
      error={error.message ?? (missing ? t('referrals.book.chooseSlot') : null)}
      onClose={onClose}
      onConfirm={() => {
        const slot = slots.data?.find((candidate) => slotKey(candidate) === chosen);
        setMissing(!slot);
        if (slot) {
          onSubmit({ version, scheduleId: slot.scheduleId, sessionDate: slot.sessionDate, slotIndex: slot.slotIndex });
        }
      }}
    >
      {slots.isPending && <PageLoader />}
      {slots.isError && <ErrorPanel error={slots.error} onRetry={() => void slots.refetch()} />}
      {slots.isSuccess && days.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('referrals.book.none')}
        </Text>
      )}
      {days.length > 0 && (
        <ScrollArea.Autosize mah={420} type="auto">
          <Chip.Group multiple={false} value={chosen} onChange={setChosen}>
            <Stack gap="sm">
              {days.map((day) => (
                <Stack key={day.day} gap={4} component="section" aria-label={dayLabel(day.day)}>
                  <Text size="sm" fw={600}>
                    {dayLabel(day.day)}
                  </Text>
                  <Group gap={6}>
                    {day.slots.map((slot) => (
                      <Chip
                        key={slotKey(slot)}
                        value={slotKey(slot)}
                        type="radio"
                        size="sm"
                        icon={slot.mode === 'teleconsultation' ? <IconDeviceLaptop size={12} /> : undefined}
                        aria-label={
                          slot.mode === 'teleconsultation'
                            ? t('referrals.book.teleconsultationSlot', { time: formatTime(slot.startsAt) })
                            : formatTime(slot.startsAt)
                        }
                      >
                        {formatTime(slot.startsAt)}
                      </Chip>
                    ))}
                  </Group>
                </Stack>
              ))}
            </Stack>
          </Chip.Group>
        </ScrollArea.Autosize>
      )}
    </StepModal>
  );
}
