import { Button, Card, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  createClosureInputSchema,
  todayInMorocco,
  type ConsultationClosure,
  type ConsultationSchedule,
} from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/describe-error';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useFormatters } from '../../../lib/use-formatters';
import { useClosureWrites } from '../api/use-service-writes';
import { useServiceLabels } from './use-service-labels';

interface ClosuresPanelProps {
  establishmentId: string;
  specialtyCode: string;
  schedules: ConsultationSchedule[];
  closures: ConsultationClosure[];
  canEdit: boolean;
}

/** Days without sessions (the whole service or one session): current and coming closures, add and remove. */
export function ClosuresPanel({ establishmentId, specialtyCode, schedules, closures, canEdit }: ClosuresPanelProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const { weekdayName } = useServiceLabels();
  const writes = useClosureWrites();
  const { errors, validate } = useFieldErrors(writes.create.error);
  const today = todayInMorocco();
  const [form, setForm] = useState({ fromDate: today, toDate: today, scheduleId: '', reason: '' });
  const scheduleLabel = (scheduleId: string | null) => {
    const schedule = schedules.find((candidate) => candidate.id === scheduleId);
    return schedule
      ? `${weekdayName(schedule.weekday)} ${schedule.startTime}–${schedule.endTime}`
      : t('services.closures.allSessions');
  };

  function handleAdd(event: React.FormEvent) {
    event.preventDefault();
    const input = validate(createClosureInputSchema, {
      establishmentId,
      specialtyCode,
      scheduleId: form.scheduleId || null,
      fromDate: form.fromDate,
      toDate: form.toDate,
      reason: form.reason,
    });
    if (input) {
      writes.create.mutate(input, { onSuccess: () => setForm({ ...form, reason: '' }) });
    }
  }

  return (
    <Card withBorder padding="md" component="section" aria-label={t('services.closures.title')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('services.closures.title')}
        </Title>
        {closures.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('services.closures.empty')}
          </Text>
        ) : (
          <Table verticalSpacing={4}>
            <Table.Tbody>
              {closures.map((closure) => (
                <Table.Tr key={closure.id}>
                  <Table.Td>
                    {closure.fromDate === closure.toDate
                      ? formatDate(closure.fromDate)
                      : t('services.closures.range', {
                          from: formatDate(closure.fromDate),
                          to: formatDate(closure.toDate),
                        })}
                  </Table.Td>
                  <Table.Td>{scheduleLabel(closure.scheduleId)}</Table.Td>
                  <Table.Td>{closure.reason}</Table.Td>
                  {canEdit && (
                    <Table.Td ta="end">
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() =>
                          writes.remove.mutate(closure.id, {
                            onError: (error) => notifications.show({ color: 'red', message: describeError(error, t) }),
                          })
                        }
                      >
                        {t('services.closures.remove')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canEdit && (
          <form onSubmit={handleAdd} aria-label={t('services.closures.add')}>
            <SimpleGrid cols={{ base: 2, md: 3 }} spacing="xs">
              <TextInput
                type="date"
                label={t('services.closures.from')}
                value={form.fromDate}
                onChange={(event) => setForm({ ...form, fromDate: event.currentTarget.value })}
                error={errors.fromDate}
              />
              <TextInput
                type="date"
                label={t('services.closures.to')}
                value={form.toDate}
                onChange={(event) => setForm({ ...form, toDate: event.currentTarget.value })}
                error={errors.toDate}
              />
              <NativeSelect
                label={t('services.closures.sessions')}
                value={form.scheduleId}
                onChange={(event) => setForm({ ...form, scheduleId: event.currentTarget.value })}
                data={[
                  { value: '', label: t('services.closures.allSessions') },
                  ...schedules.map((schedule) => ({ value: schedule.id, label: scheduleLabel(schedule.id) })),
                ]}
                error={errors.scheduleId}
              />
              <TextInput
                label={t('services.closures.reason')}
                value={form.reason}
                onChange={(event) => setForm({ ...form, reason: event.currentTarget.value })}
                error={errors.reason}
                style={{ gridColumn: 'span 2' }}
              />
              <Button type="submit" mt={24} loading={writes.create.isPending}>
                {t('services.closures.add')}
              </Button>
            </SimpleGrid>
          </form>
        )}
      </Stack>
    </Card>
  );
}
