import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  knownHolidayYears,
  moroccanPublicHolidays,
  replaceGstHolidaysInputSchema,
  type GstHoliday,
} from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/describe-error';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useFormatters } from '../../../lib/use-formatters';
import { useReplaceGstHolidays } from '../api/use-gst-holidays';

interface GstHolidaysEditorProps {
  gstId: string;
  holidays: GstHoliday[];
  canEdit: boolean;
}

const currentYear = new Date().getFullYear();
const years = [currentYear - 1, currentYear, currentYear + 1, currentYear + 2];

/** The GST's public holidays of one year: edit the list, or start from Morocco's holidays, then save the year. */
export function GstHolidaysEditor({ gstId, holidays, canEdit }: GstHolidaysEditorProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const replace = useReplaceGstHolidays(gstId);
  const { errors, validate } = useFieldErrors(replace.error);
  const [year, setYear] = useState(currentYear);
  const ofYear = (list: GstHoliday[], wanted: number) => list.filter((holiday) => holiday.day.startsWith(`${wanted}-`));
  const [draft, setDraft] = useState<GstHoliday[]>(() => ofYear(holidays, currentYear));
  const [added, setAdded] = useState({ day: '', name: '' });

  function handleYear(value: number) {
    setYear(value);
    setDraft(ofYear(holidays, value));
  }

  function handleAdd() {
    if (added.day && added.name.trim()) {
      setDraft(
        [...draft.filter((holiday) => holiday.day !== added.day), { day: added.day, name: added.name.trim() }].sort(
          (a, b) => a.day.localeCompare(b.day),
        ),
      );
      setAdded({ day: '', name: '' });
    }
  }

  function handleSave() {
    const input = validate(replaceGstHolidaysInputSchema, { years: [year], holidays: draft });
    if (input) {
      replace.mutate(input, {
        onSuccess: (saved) => {
          setDraft(ofYear(saved, year));
          notifications.show({ color: 'teal', message: t('services.holidays.saved') });
        },
      });
    }
  }

  return (
    <Card withBorder padding="md" component="section" aria-label={t('services.holidays.title')}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Title order={2} size="h4">
            {t('services.holidays.listTitle', { year })}
          </Title>
          <NativeSelect
            aria-label={t('services.holidays.year')}
            value={String(year)}
            onChange={(event) => handleYear(Number(event.currentTarget.value))}
            data={years.map((value) => String(value))}
          />
        </Group>
        {draft.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('services.holidays.empty')}
          </Text>
        ) : (
          <Table verticalSpacing={4}>
            <Table.Tbody>
              {draft.map((holiday, index) => (
                <Table.Tr key={holiday.day}>
                  <Table.Td w={180}>{formatDate(holiday.day)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c={errors[`holidays.${index}.day`] ? 'red' : undefined}>
                      {holiday.name}
                    </Text>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td ta="end">
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('services.holidays.remove', { name: holiday.name })}
                        onClick={() => setDraft(draft.filter((candidate) => candidate.day !== holiday.day))}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canEdit && (
          <>
            <Group gap="xs" align="flex-end">
              <TextInput
                type="date"
                label={t('services.holidays.day')}
                value={added.day}
                onChange={(event) => setAdded({ ...added, day: event.currentTarget.value })}
              />
              <TextInput
                label={t('services.holidays.name')}
                value={added.name}
                onChange={(event) => setAdded({ ...added, name: event.currentTarget.value })}
                style={{ flex: 1, minWidth: 200 }}
              />
              <Button variant="light" leftSection={<IconPlus size={16} />} onClick={handleAdd}>
                {t('services.holidays.add')}
              </Button>
            </Group>
            {replace.isError && <Alert color="red">{describeError(replace.error, t)}</Alert>}
            <Group justify="space-between">
              <Button variant="subtle" onClick={() => setDraft(moroccanPublicHolidays(year))}>
                {knownHolidayYears.includes(year)
                  ? t('services.holidays.fillMorocco')
                  : t('services.holidays.fillMoroccoFixed')}
              </Button>
              <Button onClick={handleSave} loading={replace.isPending}>
                {t('services.holidays.save', { year })}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
