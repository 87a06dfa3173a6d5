import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconArrowUp, IconTrash } from '@tabler/icons-react';
import {
  cadres,
  establishmentTypes,
  incentiveActivities,
  payableEncounterKinds,
  shiftActivities,
  type IncentiveActivity,
  type IncentiveRuleInput,
  type IncentiveRuleSetVersion,
} from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { useSaveIncentiveRules } from '../api/use-incentives';

/** What a number field holds while typing ("450." is a string); '' is empty. */
type FieldValue = number | string;

/** A rule as the form edits it: amounts in dirhams as typed. */
interface RuleDraft {
  code: string;
  label: string;
  activity: IncentiveActivity;
  cadres: string[];
  establishmentTypes: string[];
  encounterKinds: string[];
  amount: FieldValue;
  multiplier: FieldValue;
  cap: FieldValue;
}

const toDirhams = (centimes: number | null): FieldValue => (centimes === null ? '' : centimes / 100);
const toNumber = (value: FieldValue): number | null =>
  value === '' || !Number.isFinite(Number(value)) ? null : Number(value);
const toCentimes = (dirhams: FieldValue): number | null => {
  const value = toNumber(dirhams);
  return value === null ? null : Math.round(value * 100);
};

const blankRule = (index: number): RuleDraft => ({
  code: `rule_${index}`,
  label: '',
  activity: 'garde',
  cadres: [],
  establishmentTypes: [],
  encounterKinds: [],
  amount: '',
  multiplier: '',
  cap: '',
});

function toRuleInput(rule: RuleDraft): IncentiveRuleInput {
  return {
    code: rule.code,
    label: rule.label,
    activity: rule.activity,
    cadres: rule.cadres as IncentiveRuleInput['cadres'],
    establishmentTypes: rule.establishmentTypes as IncentiveRuleInput['establishmentTypes'],
    encounterKinds: rule.activity === 'encounter' ? (rule.encounterKinds as IncentiveRuleInput['encounterKinds']) : [],
    amountCentimes: toCentimes(rule.amount) ?? 0,
    weekendHolidayMultiplier: shiftActivities.includes(rule.activity) ? toNumber(rule.multiplier) : null,
    monthlyCapCentimes: toCentimes(rule.cap),
  };
}

interface RuleCardProps {
  index: number;
  rule: RuleDraft;
  disabled: boolean;
  onChange: (rule: RuleDraft) => void;
  onRemove: () => void;
  onMoveUp: () => void;
}

/** One rule: activity, filters, amount, multiplier (shifts only), cap. */
function RuleCard({ index, rule, disabled, onChange, onRemove, onMoveUp }: RuleCardProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<RuleDraft>) => onChange({ ...rule, ...patch });
  const number = index + 1;
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{t('incentives.rules.rule', { index: number })}</Text>
          <Group gap={4}>
            <ActionIcon
              variant="subtle"
              aria-label={t('incentives.rules.moveUp', { index: number })}
              disabled={disabled || index === 0}
              onClick={onMoveUp}
            >
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('incentives.rules.remove', { index: number })}
              disabled={disabled}
              onClick={onRemove}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Group>
        <Group grow align="start">
          <TextInput
            label={t('incentives.rules.code')}
            value={rule.code}
            disabled={disabled}
            onChange={(event) => set({ code: event.currentTarget.value })}
          />
          <TextInput
            label={t('incentives.rules.label')}
            value={rule.label}
            disabled={disabled}
            onChange={(event) => set({ label: event.currentTarget.value })}
          />
          <Select
            label={t('incentives.rules.activity')}
            data={incentiveActivities.map((value) => ({ value, label: t(`incentives.activities.${value}`) }))}
            value={rule.activity}
            disabled={disabled}
            allowDeselect={false}
            onChange={(value) => set({ activity: value ?? 'garde' })}
          />
        </Group>
        <Group grow align="start">
          <MultiSelect
            label={t('incentives.rules.cadres')}
            data={cadres.map((value) => ({ value, label: t(`staff.cadres.${value}`) }))}
            value={rule.cadres}
            disabled={disabled}
            onChange={(value) => set({ cadres: value })}
          />
          <MultiSelect
            label={t('incentives.rules.establishmentTypes')}
            data={[...establishmentTypes]}
            value={rule.establishmentTypes}
            disabled={disabled}
            onChange={(value) => set({ establishmentTypes: value })}
          />
          {rule.activity === 'encounter' && (
            <MultiSelect
              label={t('incentives.rules.encounterKinds')}
              data={payableEncounterKinds.map((value) => ({ value, label: t(`incentives.encounterKinds.${value}`) }))}
              value={rule.encounterKinds}
              disabled={disabled}
              onChange={(value) => set({ encounterKinds: value })}
            />
          )}
        </Group>
        <Group grow align="start">
          <NumberInput
            label={t('incentives.rules.amount')}
            min={0}
            decimalScale={2}
            value={rule.amount}
            disabled={disabled}
            onChange={(value) => set({ amount: value })}
          />
          {shiftActivities.includes(rule.activity) && (
            <NumberInput
              label={t('incentives.rules.multiplier')}
              min={1}
              max={5}
              step={0.25}
              decimalScale={2}
              value={rule.multiplier}
              disabled={disabled}
              onChange={(value) => set({ multiplier: value })}
            />
          )}
          <NumberInput
            label={t('incentives.rules.ruleCap')}
            description={t('incentives.rules.noCap')}
            min={0}
            decimalScale={2}
            value={rule.cap}
            disabled={disabled}
            onChange={(value) => set({ cap: value })}
          />
        </Group>
      </Stack>
    </Card>
  );
}

/**
 * The rules as a structured form (no JSON): the latest version is the starting point, and saving stores the next
 * version. Only the GST's HR officers can save; others read the rules in force.
 */
export function IncentiveRulesEditor({
  gstId,
  latest,
  canEdit,
  defaultMonth,
}: {
  gstId: string;
  latest: IncentiveRuleSetVersion | undefined;
  canEdit: boolean;
  defaultMonth: string;
}) {
  const { t } = useTranslation();
  const save = useSaveIncentiveRules();
  const version = (latest?.ruleSet.version ?? 0) + 1;
  const [effectiveMonth, setEffectiveMonth] = useState(latest?.ruleSet.effectiveMonth ?? defaultMonth);
  const [monthlyCap, setMonthlyCap] = useState<FieldValue>(toDirhams(latest?.ruleSet.monthlyCapCentimes ?? null));
  const [rules, setRules] = useState<RuleDraft[]>(
    latest?.ruleSet.rules.map((rule) => ({
      ...rule,
      amount: toDirhams(rule.amountCentimes),
      multiplier: rule.weekendHolidayMultiplier ?? '',
      cap: toDirhams(rule.monthlyCapCentimes),
    })) ?? [blankRule(1)],
  );
  const disabled = !canEdit || save.isPending;
  const update = (index: number, rule: RuleDraft) =>
    setRules(rules.map((current, at) => (at === index ? rule : current)));
  const moveUp = (index: number) =>
    setRules(
      rules.map((rule, at) => (at === index - 1 ? rules[index] : at === index ? rules[index - 1] : rule) ?? rule),
    );
  const handleSave = () =>
    save.mutate({
      gstId,
      ruleSet: { version, effectiveMonth, monthlyCapCentimes: toCentimes(monthlyCap), rules: rules.map(toRuleInput) },
    });
  return (
    <Stack>
      {latest === undefined && <Text c="dimmed">{t('incentives.rules.none')}</Text>}
      {latest && (
        <Text fw={600}>
          {t('incentives.rules.version', { version: latest.ruleSet.version, month: latest.ruleSet.effectiveMonth })}
        </Text>
      )}
      {!canEdit && <Alert color="gray">{t('incentives.rules.readOnly')}</Alert>}
      <Text size="sm" c="dimmed">
        {t('incentives.rules.order')}
      </Text>
      <Group align="start">
        <TextInput
          label={t('incentives.rules.effectiveMonth')}
          placeholder="2026-01"
          value={effectiveMonth}
          disabled={disabled}
          onChange={(event) => setEffectiveMonth(event.currentTarget.value)}
          w={200}
        />
        <NumberInput
          label={t('incentives.rules.monthlyCap')}
          description={t('incentives.rules.noCap')}
          min={0}
          decimalScale={2}
          value={monthlyCap}
          disabled={disabled}
          onChange={(value) => setMonthlyCap(value)}
          w={280}
        />
      </Group>
      {rules.map((rule, index) => (
        <RuleCard
          key={index}
          index={index}
          rule={rule}
          disabled={disabled}
          onChange={(next) => update(index, next)}
          onRemove={() => setRules(rules.filter((_, at) => at !== index))}
          onMoveUp={() => moveUp(index)}
        />
      ))}
      {save.isError && <ErrorPanel error={save.error} />}
      {save.isSuccess && (
        <Alert color="green">{t('incentives.rules.saved', { version: save.data.ruleSet.version })}</Alert>
      )}
      {canEdit && (
        <Group>
          <Button
            variant="default"
            disabled={disabled}
            onClick={() => setRules([...rules, blankRule(rules.length + 1)])}
          >
            {t('incentives.rules.add')}
          </Button>
          <Button loading={save.isPending} disabled={save.isSuccess} onClick={handleSave}>
            {t('incentives.rules.save', { version })}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
