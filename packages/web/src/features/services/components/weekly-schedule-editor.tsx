import {
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import {
  consultationModes,
  createScheduleInputSchema,
  todayInMorocco,
  type ConsultationMode,
  type ConsultationSchedule,
} from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/describe-error';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useFormatters } from '../../../lib/use-formatters';
import { useScheduleWrites } from '../api/use-service-writes';
import { useServiceLabels } from './use-service-labels';

interface WeeklyScheduleEditorProps {
  establishmentId: string;
  specialtyCode: string;
  schedules: ConsultationSchedule[];
  canEdit: boolean;
}

const emptyForm = () => ({
  weekday: '1',
  startTime: '08:30',
  endTime: '12:30',
  slotCount: 12 as string | number,
  mode: 'in_person' as ConsultationMode,
  validFrom: todayInMorocco(),
  validTo: '',
});

/** The service's weekly consultation sessions: list by weekday, add one, end or delete one. */
export function WeeklyScheduleEditor({
  establishmentId,
  specialtyCode,
  schedules,
  canEdit,
}: WeeklyScheduleEditorProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { weekdayName } = useServiceLabels();
  const writes = useScheduleWrites();
  const { errors, validate } = useFieldErrors(writes.create.error);
  const [form, setForm] = useState(emptyForm);
  const today = todayInMorocco();
  const set = (change: Partial<ReturnType<typeof emptyForm>>) => setForm((current) => ({ ...current, ...change }));
  const onError = (error: unknown) => notifications.show({ color: 'red', message: describeError(error, t) });

  function handleAdd(event: React.FormEvent) {
    event.preventDefault();
    const input = validate(createScheduleInputSchema, {
      establishmentId,
      specialtyCode,
      weekday: Number(form.weekday),
      startTime: form.startTime,
      endTime: form.endTime,
      slotCount: form.slotCount,
      mode: form.mode,
      validFrom: form.validFrom,
      validTo: form.validTo || null,
    });
    if (input) {
      writes.create.mutate(input, { onSuccess: () => setForm(emptyForm()) });
    }
  }

  function handleEnd(schedule: ConsultationSchedule) {
    const { id, weekday, startTime, endTime, slotCount, mode, validFrom } = schedule;
    writes.update.mutate(
      { id, input: { weekday, startTime, endTime, slotCount, mode, validFrom, validTo: today } },
      { onError },
    );
  }

  const active = (schedule: ConsultationSchedule) => schedule.validTo === null || schedule.validTo >= today;
  return (
    <Card withBorder padding="md" component="section" aria-label={t('services.schedule.title')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('services.schedule.title')}
        </Title>
        {schedules.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('services.schedule.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('services.schedule.weekday')}</Table.Th>
                  <Table.Th>{t('services.schedule.hours')}</Table.Th>
                  <Table.Th ta="end">{t('services.schedule.slots')}</Table.Th>
                  <Table.Th>{t('services.schedule.mode')}</Table.Th>
                  <Table.Th>{t('services.schedule.validity')}</Table.Th>
                  {canEdit && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {schedules.map((schedule) => (
                  <Table.Tr key={schedule.id} c={active(schedule) ? undefined : 'dimmed'}>
                    <Table.Td>{weekdayName(schedule.weekday)}</Table.Td>
                    <Table.Td dir="ltr">
                      {schedule.startTime}–{schedule.endTime}
                    </Table.Td>
                    <Table.Td ta="end">{schedule.slotCount}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={schedule.mode === 'teleconsultation' ? 'grape' : 'blue'}>
                        {t(`services.mode.${schedule.mode}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {schedule.validTo
                          ? t('services.schedule.fromTo', {
                              from: formatDate(schedule.validFrom),
                              to: formatDate(schedule.validTo),
                            })
                          : t('services.schedule.since', { from: formatDate(schedule.validFrom) })}
                      </Text>
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          {active(schedule) && schedule.validFrom <= today && (
                            <Button size="compact-xs" variant="subtle" onClick={() => handleEnd(schedule)}>
                              {t('services.schedule.end')}
                            </Button>
                          )}
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            color="red"
                            onClick={() => writes.remove.mutate(schedule.id, { onError })}
                          >
                            {t('services.schedule.delete')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canEdit && (
          <form onSubmit={handleAdd} aria-label={t('services.schedule.add')}>
            <SimpleGrid cols={{ base: 2, md: 4 }} spacing="xs">
              <NativeSelect
                label={t('services.schedule.weekday')}
                value={form.weekday}
                onChange={(event) => set({ weekday: event.currentTarget.value })}
                data={[1, 2, 3, 4, 5, 6, 7].map((day) => ({ value: String(day), label: weekdayName(day) }))}
                error={errors.weekday}
              />
              <TextInput
                type="time"
                label={t('services.schedule.start')}
                value={form.startTime}
                onChange={(event) => set({ startTime: event.currentTarget.value })}
                error={errors.startTime}
              />
              <TextInput
                type="time"
                label={t('services.schedule.endTime')}
                value={form.endTime}
                onChange={(event) => set({ endTime: event.currentTarget.value })}
                error={errors.endTime}
              />
              <NumberInput
                label={t('services.schedule.slots')}
                min={1}
                max={200}
                allowDecimal={false}
                value={form.slotCount}
                onChange={(value) => set({ slotCount: value })}
                error={errors.slotCount}
              />
              <NativeSelect
                label={t('services.schedule.mode')}
                value={form.mode}
                onChange={(event) =>
                  set({ mode: consultationModes.find((mode) => mode === event.currentTarget.value) ?? 'in_person' })
                }
                data={consultationModes.map((mode) => ({ value: mode, label: t(`services.mode.${mode}`) }))}
              />
              <TextInput
                type="date"
                label={t('services.schedule.validFrom')}
                value={form.validFrom}
                onChange={(event) => set({ validFrom: event.currentTarget.value })}
                error={errors.validFrom}
              />
              <TextInput
                type="date"
                label={t('services.schedule.validTo')}
                value={form.validTo}
                onChange={(event) => set({ validTo: event.currentTarget.value })}
                error={errors.validTo}
              />
              <Button type="submit" mt={24} leftSection={<IconPlus size={16} />} loading={writes.create.isPending}>
                {t('services.schedule.add')}
              </Button>
            </SimpleGrid>
          </form>
        )}
      </Stack>
    </Card>
  );
}
