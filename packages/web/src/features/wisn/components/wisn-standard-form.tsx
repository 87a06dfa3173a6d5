import {
  ActionIcon,
  Autocomplete,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  availableWorkingDays,
  type AvailableWorkingTime,
  type CategoryAllowanceStandard,
  type IndividualAllowanceStandard,
  type ServiceStandard,
  type WisnStandard,
} from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useWisnNumber } from './use-wisn-number';

interface WisnStandardFormProps {
  standard: WisnStandard;
  onChange: (standard: WisnStandard) => void;
  /** Messages by field path (`serviceStandards.0.unitTimeMinutes`), from the domain schema. */
  errors: ReadonlyMap<string, string>;
  /** Activity codes to suggest (those of the GST's other standards, which the platform counts map to). */
  activityCodes: readonly string[];
}

const timeFields = [
  ['possibleWorkingDays', 'A'],
  ['publicHolidays', 'B'],
  ['annualLeave', 'C'],
  ['sickLeave', 'D'],
  ['otherLeave', 'E'],
  ['unauthorisedAbsence', 'F'],
  ['workingHoursPerDay', 'H'],
] as const satisfies readonly (readonly [keyof AvailableWorkingTime, string])[];

const toNumber = (value: string | number): number => (typeof value === 'number' ? value : Number(value) || 0);

/** Replaces item `index` of a list. */
const replaced = <T,>(list: readonly T[], index: number, item: T): T[] =>
  list.map((current, position) => (position === index ? item : current));

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red" aria-label={label} onClick={onClick}>
      <IconTrash size={16} />
    </ActionIcon>
  );
}

/**
 * One WISN standard as a form (WHO manual steps 2–4): available working time A–H with the days and hours it leaves,
 * service activities with a unit time or a rate, category allowances (share of time or hours a year) and individual
 * allowances. Every field shows the domain schema's message for its path.
 */
export function WisnStandardForm({ standard, onChange, errors, activityCodes }: WisnStandardFormProps) {
  const { t } = useTranslation();
  const format = useWisnNumber();
  const error = (...path: (string | number)[]) => errors.get(path.join('.'));
  const time = standard.availableWorkingTime;
  const days = availableWorkingDays(time);
  const setTime = (key: keyof AvailableWorkingTime, value: number) =>
    onChange({ ...standard, availableWorkingTime: { ...time, [key]: value } });
  const setService = (index: number, item: ServiceStandard) =>
    onChange({ ...standard, serviceStandards: replaced(standard.serviceStandards, index, item) });
  const setCategory = (index: number, item: CategoryAllowanceStandard) =>
    onChange({ ...standard, categoryAllowances: replaced(standard.categoryAllowances, index, item) });
  const setIndividual = (index: number, item: IndividualAllowanceStandard) =>
    onChange({ ...standard, individualAllowances: replaced(standard.individualAllowances, index, item) });
  const kindOptions = [
    { value: 'unit_time', label: t('wisn.form.unitTime') },
    { value: 'rate', label: t('wisn.form.rate') },
  ];
  const allowanceKinds = [
    { value: 'percent', label: t('wisn.form.percent') },
    { value: 'hours_per_year', label: t('wisn.form.hoursPerYear') },
  ];

  return (
    <Stack gap="md">
      <Group align="end">
        <TextInput
          type="date"
          label={t('wisn.standards.effectiveFrom')}
          value={standard.effectiveFrom}
          onChange={(event) => onChange({ ...standard, effectiveFrom: event.currentTarget.value })}
          error={error('effectiveFrom')}
        />
        <Text size="sm" c="dimmed">
          {t('wisn.form.versionOf', { version: standard.version, type: standard.establishmentType })}
        </Text>
      </Group>

      <Fieldset legend={t('wisn.steps.awt')}>
        <Group align="start" gap="sm">
          {timeFields.map(([key, letter]) => (
            <NumberInput
              key={key}
              label={t(`wisn.awt.${letter}`)}
              value={time[key]}
              onChange={(value) => setTime(key, toNumber(value))}
              min={0}
              decimalScale={2}
              w={150}
              error={error('availableWorkingTime', key)}
            />
          ))}
        </Group>
        <Text size="sm" mt="xs" c={error('availableWorkingTime') ? 'red' : undefined}>
          {error('availableWorkingTime') ??
            t('wisn.steps.awtFormula', { days: format(days), hours: format(days * time.workingHoursPerDay) })}
        </Text>
      </Fieldset>

      <Fieldset legend={t('wisn.form.services')}>
        <Table fz="sm" aria-label={t('wisn.form.services')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('wisn.form.code')}</Table.Th>
              <Table.Th>{t('wisn.form.label')}</Table.Th>
              <Table.Th>{t('wisn.activity.standard')}</Table.Th>
              <Table.Th>{t('wisn.form.value')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {standard.serviceStandards.map((service, index) => (
              <Table.Tr key={index}>
                <Table.Td>
                  <Autocomplete
                    aria-label={t('wisn.form.code')}
                    data={[...activityCodes]}
                    value={service.activityCode}
                    onChange={(value) => setService(index, { ...service, activityCode: value })}
                    error={error('serviceStandards', index, 'activityCode') ?? error('serviceStandards', index)}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('wisn.form.label')}
                    value={service.label}
                    onChange={(event) => setService(index, { ...service, label: event.currentTarget.value })}
                    error={error('serviceStandards', index, 'label')}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('wisn.activity.standard')}
                    data={kindOptions}
                    value={service.kind}
                    allowDeselect={false}
                    onChange={(kind) =>
                      setService(
                        index,
                        kind === 'rate'
                          ? { kind: 'rate', activityCode: service.activityCode, label: service.label, ratePerHour: 1 }
                          : {
                              kind: 'unit_time',
                              activityCode: service.activityCode,
                              label: service.label,
                              unitTimeMinutes: 15,
                            },
                      )
                    }
                  />
                </Table.Td>
                <Table.Td>
                  {service.kind === 'unit_time' ? (
                    <NumberInput
                      aria-label={t('wisn.form.minutes')}
                      suffix=" min"
                      value={service.unitTimeMinutes}
                      onChange={(value) => setService(index, { ...service, unitTimeMinutes: toNumber(value) })}
                      error={error('serviceStandards', index, 'unitTimeMinutes')}
                    />
                  ) : (
                    <NumberInput
                      aria-label={t('wisn.form.perHour')}
                      suffix=" / h"
                      value={service.ratePerHour}
                      onChange={(value) => setService(index, { ...service, ratePerHour: toNumber(value) })}
                      error={error('serviceStandards', index, 'ratePerHour')}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  <RemoveButton
                    label={t('wisn.form.remove', { label: service.label })}
                    onClick={() =>
                      onChange({
                        ...standard,
                        serviceStandards: standard.serviceStandards.filter((_, position) => position !== index),
                      })
                    }
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {error('serviceStandards') && (
          <Text size="sm" c="red">
            {error('serviceStandards')}
          </Text>
        )}
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            onChange({
              ...standard,
              serviceStandards: [
                ...standard.serviceStandards,
                { kind: 'unit_time', activityCode: '', label: '', unitTimeMinutes: 15 },
              ],
            })
          }
        >
          {t('wisn.form.addService')}
        </Button>
      </Fieldset>

      <Fieldset legend={t('wisn.form.categoryAllowances')}>
        <Stack gap="xs">
          {standard.categoryAllowances.map((allowance, index) => (
            <Group key={index} align="start" gap="xs">
              <TextInput
                aria-label={t('wisn.form.code')}
                placeholder={t('wisn.form.code')}
                value={allowance.code}
                onChange={(event) => setCategory(index, { ...allowance, code: event.currentTarget.value })}
                error={error('categoryAllowances', index, 'code') ?? error('categoryAllowances', index)}
                w={200}
              />
              <TextInput
                aria-label={t('wisn.form.label')}
                placeholder={t('wisn.form.label')}
                value={allowance.label}
                onChange={(event) => setCategory(index, { ...allowance, label: event.currentTarget.value })}
                error={error('categoryAllowances', index, 'label')}
                style={{ flex: 1 }}
              />
              <Select
                aria-label={t('wisn.activity.standard')}
                data={allowanceKinds}
                value={allowance.kind}
                allowDeselect={false}
                w={170}
                onChange={(kind) =>
                  setCategory(
                    index,
                    kind === 'hours_per_year'
                      ? { kind: 'hours_per_year', code: allowance.code, label: allowance.label, hoursPerYear: 0 }
                      : { kind: 'percent', code: allowance.code, label: allowance.label, percent: 0 },
                  )
                }
              />
              {allowance.kind === 'percent' ? (
                <NumberInput
                  aria-label={t('wisn.form.percent')}
                  suffix=" %"
                  value={allowance.percent}
                  onChange={(value) => setCategory(index, { ...allowance, percent: toNumber(value) })}
                  error={error('categoryAllowances', index, 'percent')}
                  w={120}
                />
              ) : (
                <NumberInput
                  aria-label={t('wisn.form.hoursPerYear')}
                  suffix=" h"
                  value={allowance.hoursPerYear}
                  onChange={(value) => setCategory(index, { ...allowance, hoursPerYear: toNumber(value) })}
                  error={error('categoryAllowances', index, 'hoursPerYear')}
                  w={120}
                />
              )}
              <RemoveButton
                label={t('wisn.form.remove', { label: allowance.label })}
                onClick={() =>
                  onChange({
                    ...standard,
                    categoryAllowances: standard.categoryAllowances.filter((_, position) => position !== index),
                  })
                }
              />
            </Group>
          ))}
          {error('categoryAllowances') && (
            <Text size="sm" c="red">
              {error('categoryAllowances')}
            </Text>
          )}
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            w="fit-content"
            onClick={() =>
              onChange({
                ...standard,
                categoryAllowances: [
                  ...standard.categoryAllowances,
                  { kind: 'percent', code: '', label: '', percent: 0 },
                ],
              })
            }
          >
            {t('wisn.form.addCategory')}
          </Button>
        </Stack>
      </Fieldset>

      <Fieldset legend={t('wisn.form.individualAllowances')}>
        <Stack gap="xs">
          {standard.individualAllowances.map((allowance, index) => (
            <Group key={index} align="start" gap="xs">
              <TextInput
                aria-label={t('wisn.form.code')}
                placeholder={t('wisn.form.code')}
                value={allowance.code}
                onChange={(event) => setIndividual(index, { ...allowance, code: event.currentTarget.value })}
                error={error('individualAllowances', index, 'code') ?? error('individualAllowances', index)}
                w={200}
              />
              <TextInput
                aria-label={t('wisn.form.label')}
                placeholder={t('wisn.form.label')}
                value={allowance.label}
                onChange={(event) => setIndividual(index, { ...allowance, label: event.currentTarget.value })}
                error={error('individualAllowances', index, 'label')}
                style={{ flex: 1 }}
              />
              <NumberInput
                label={t('wisn.form.hoursPerYear')}
                suffix=" h"
                value={allowance.hoursPerYear}
                onChange={(value) => setIndividual(index, { ...allowance, hoursPerYear: toNumber(value) })}
                error={error('individualAllowances', index, 'hoursPerYear')}
                w={140}
              />
              <NumberInput
                label={t('wisn.form.staffCount')}
                value={allowance.staffCount}
                onChange={(value) => setIndividual(index, { ...allowance, staffCount: toNumber(value) })}
                error={error('individualAllowances', index, 'staffCount')}
                w={120}
              />
              <RemoveButton
                label={t('wisn.form.remove', { label: allowance.label })}
                onClick={() =>
                  onChange({
                    ...standard,
                    individualAllowances: standard.individualAllowances.filter((_, position) => position !== index),
                  })
                }
              />
            </Group>
          ))}
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            w="fit-content"
            onClick={() =>
              onChange({
                ...standard,
                individualAllowances: [
                  ...standard.individualAllowances,
                  { code: '', label: '', hoursPerYear: 0, staffCount: 1 },
                ],
              })
            }
          >
            {t('wisn.form.addIndividual')}
          </Button>
        </Stack>
      </Fieldset>
    </Stack>
  );
}
