import { Button, Group, MultiSelect, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { cadres, createRosterLineInputSchema, specialties, type RosterLineRecord } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/describe-error';
import { localizedName } from '../../../lib/localized-name';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useLanguage } from '../../../lib/use-language';
import { useSaveRosterLine } from '../api/use-roster-lines';

interface RosterLineFormProps {
  gstId: string;
  line: RosterLineRecord | null;
  establishments: { value: string; label: string }[];
  onDone: () => void;
}

const firstTimes = (times: { start: string; end: string }[] | undefined, fallback: { start: string; end: string }) =>
  times?.[0] ?? fallback;

/** Creates or edits a roster line: kind, establishments (two or more: pooled), service, cadres, shift times. */
export function RosterLineForm({ gstId, line, establishments, onDone }: RosterLineFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSaveRosterLine(gstId);
  const { errors, validate } = useFieldErrors(save.error);
  const [name, setName] = useState(line?.name ?? '');
  const [kind, setKind] = useState<string>(line?.kind ?? 'garde');
  const [establishmentIds, setEstablishmentIds] = useState<string[]>(line?.establishmentIds ?? []);
  const [specialtyCode, setSpecialtyCode] = useState<string | null>(line?.specialtyCode ?? null);
  const [requiredCadres, setRequiredCadres] = useState<string[]>(line?.requiredCadres ?? []);
  const [weekday, setWeekday] = useState(firstTimes(line?.shiftPattern.weekday, { start: '18:00', end: '08:00' }));
  const [weekend, setWeekend] = useState(firstTimes(line?.shiftPattern.weekend, { start: '08:00', end: '08:00' }));

  function handleSubmit() {
    const input = {
      name,
      kind,
      establishmentIds,
      specialtyCode,
      requiredCadres,
      requiredSpecialtyCodes: line?.requiredSpecialtyCodes ?? [],
      eligibleStaffIds: line?.eligibleStaffIds ?? [],
      rulesOverrides: line?.rulesOverrides ?? {},
      shiftPattern: { weekday: [weekday], weekend: [weekend] },
    };
    if (!validate(createRosterLineInputSchema, { ...input, gstId })) {
      return;
    }
    save.mutate(
      { id: line?.id ?? null, version: line?.version ?? 1, input },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('rosters.lines.saved') });
          onDone();
        },
        onError: (error) => notifications.show({ color: 'red', message: describeError(error, t) }),
      },
    );
  }

  const timeInputs = (label: string, value: { start: string; end: string }, onChange: typeof setWeekday) => (
    <Group grow>
      <TextInput
        label={`${label} — ${t('rosters.lines.start')}`}
        value={value.start}
        onChange={(event) => onChange({ ...value, start: event.currentTarget.value })}
      />
      <TextInput
        label={`${label} — ${t('rosters.lines.end')}`}
        value={value.end}
        onChange={(event) => onChange({ ...value, end: event.currentTarget.value })}
      />
    </Group>
  );

  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('rosters.lines.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          required
        />
        <SegmentedControl
          aria-label={t('rosters.lines.kind')}
          value={kind}
          onChange={setKind}
          data={[
            { value: 'garde', label: t('rosters.lines.garde') },
            { value: 'astreinte', label: t('rosters.lines.astreinte') },
          ]}
        />
        <MultiSelect
          label={t('rosters.lines.establishments')}
          data={establishments}
          value={establishmentIds}
          onChange={setEstablishmentIds}
          error={errors.establishmentIds}
          searchable
          required
        />
        <Select
          label={t('rosters.lines.specialty')}
          data={specialties.map((specialty) => ({ value: specialty.code, label: localizedName(specialty, language) }))}
          value={specialtyCode}
          onChange={setSpecialtyCode}
          searchable
          clearable
        />
        <MultiSelect
          label={t('rosters.lines.cadres')}
          placeholder={requiredCadres.length === 0 ? t('rosters.lines.anyCadre') : undefined}
          data={cadres.map((cadre) => ({ value: cadre, label: t(`rosters.cadres.${cadre}`) }))}
          value={requiredCadres}
          onChange={setRequiredCadres}
        />
      </SimpleGrid>
      {timeInputs(t('rosters.lines.weekday'), weekday, setWeekday)}
      {timeInputs(t('rosters.lines.weekend'), weekend, setWeekend)}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('rosters.lines.cancel')}
        </Button>
        <Button onClick={handleSubmit} loading={save.isPending}>
          {t('rosters.lines.save')}
        </Button>
      </Group>
    </Stack>
  );
}
