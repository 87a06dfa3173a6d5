import { ActionIcon, Alert, Badge, Button, Card, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import {
  allowedScopeLevels,
  approverScopeLevels,
  approverScopes,
  putApprovalConfigInputSchema,
  roles,
  toFieldIssues,
  type ApprovalChain,
  type ApprovalChainCondition,
  type ApprovalConfigView,
  type ApprovalStepConfig,
} from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { describeError } from '../../../lib/describe-error';
import { isApiError } from '../../../lib/api-error';
import { useFormatters } from '../../../lib/use-formatters';
import { useApprovalConfigs, useSaveApprovalConfig } from '../api/approval-configs';

const bounds = ['durationOverDays', 'durationUpToDays', 'amountOver', 'amountUpTo'] as const;
const noCondition: ApprovalChainCondition = {
  amountOver: null,
  amountUpTo: null,
  durationOverDays: null,
  durationUpToDays: null,
};
const firstStep: ApprovalStepConfig = { approver: { role: 'hr_officer', scope: 'gst' }, respondWithinWorkingDays: 3 };

/** The roles that may approve at a scope (never a role that cannot be granted there). */
const rolesAt = (scope: ApprovalStepConfig['approver']['scope']) =>
  roles.filter((role) => allowedScopeLevels[role].includes(approverScopeLevels[scope]) && role !== 'national_admin');

const replaced = <T,>(list: readonly T[], index: number, item: T): T[] =>
  list.map((current, position) => (position === index ? item : current));

const moved = <T,>(list: readonly T[], index: number, by: -1 | 1): T[] => {
  const next = [...list];
  const [item] = next.splice(index, 1);
  if (item !== undefined) {
    next.splice(index + by, 0, item);
  }
  return next;
};

/**
 * A whole number of days; an emptied field holds 0 (shown empty) until a number is typed, and the schema refuses it on
 * save. Controlled by the chain itself, so reordering or discarding changes shows the right value.
 */
function DaysInput(props: { label: string; value: number; disabled: boolean; onChange: (days: number) => void }) {
  return (
    <NumberInput
      label={props.label}
      value={props.value === 0 ? '' : props.value}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      disabled={props.disabled}
      w={170}
      onChange={(value) => props.onChange(typeof value === 'number' ? value : 0)}
    />
  );
}

interface StepRowProps {
  step: ApprovalStepConfig;
  index: number;
  canEdit: boolean;
  onChange: (step: ApprovalStepConfig) => void;
  onRemove: (() => void) | null;
}

function StepRow({ step, index, canEdit, onChange, onRemove }: StepRowProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" align="end">
      <Text size="sm" w={24} ta="center" fw={600}>
        {index + 1}.
      </Text>
      <Select
        label={t('approvals.chains.scope')}
        data={approverScopes.map((value) => ({ value, label: t(`approvals.scope.${value}`) }))}
        value={step.approver.scope}
        allowDeselect={false}
        disabled={!canEdit}
        w={210}
        onChange={(value) => {
          const scope = approverScopes.find((candidate) => candidate === value) ?? step.approver.scope;
          const role = rolesAt(scope).includes(step.approver.role)
            ? step.approver.role
            : (rolesAt(scope)[0] ?? 'hr_officer');
          onChange({ ...step, approver: { role, scope } });
        }}
      />
      <Select
        label={t('approvals.chains.role')}
        data={rolesAt(step.approver.scope).map((value) => ({ value, label: t(`role.${value}`) }))}
        value={step.approver.role}
        allowDeselect={false}
        disabled={!canEdit}
        w={230}
        onChange={(value) => {
          const role = rolesAt(step.approver.scope).find((candidate) => candidate === value) ?? step.approver.role;
          onChange({ ...step, approver: { ...step.approver, role } });
        }}
      />
      <DaysInput
        label={t('approvals.chains.days')}
        value={step.respondWithinWorkingDays}
        disabled={!canEdit}
        onChange={(days) => onChange({ ...step, respondWithinWorkingDays: days })}
      />
      {onRemove && (
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t('approvals.chains.removeStep', { step: index + 1 })}
          onClick={onRemove}
          mb={4}
        >
          <IconTrash size={16} />
        </ActionIcon>
      )}
    </Group>
  );
}

interface ChainCardProps {
  chain: ApprovalChain;
  index: number;
  count: number;
  canEdit: boolean;
  onChange: (chain: ApprovalChain) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

function ChainCard({ chain, index, count, canEdit, onChange, onMove, onRemove }: ChainCardProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" component="section" aria-label={t('approvals.chains.chain', { index: index + 1 })}>
      <Group justify="space-between" mb="xs">
        <Text fw={600} size="sm">
          {t('approvals.chains.chain', { index: index + 1 })}
        </Text>
        {canEdit && (
          <Group gap={4}>
            <ActionIcon
              variant="subtle"
              aria-label={t('approvals.chains.up')}
              disabled={index === 0}
              onClick={() => onMove(-1)}
            >
              <IconArrowUp size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              aria-label={t('approvals.chains.down')}
              disabled={index === count - 1}
              onClick={() => onMove(1)}
            >
              <IconArrowDown size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('approvals.chains.removeChain', { index: index + 1 })}
              disabled={count === 1}
              onClick={onRemove}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        )}
      </Group>
      <Group gap="sm" align="end" mb="sm">
        {bounds.map((bound) => (
          <NumberInput
            key={bound}
            label={t(`approvals.chains.bounds.${bound}`)}
            placeholder={t('approvals.chains.any')}
            value={chain.when[bound] ?? ''}
            min={0}
            disabled={!canEdit}
            w={170}
            onChange={(value) =>
              onChange({ ...chain, when: { ...chain.when, [bound]: value === '' ? null : Number(value) } })
            }
          />
        ))}
      </Group>
      <Stack gap="xs">
        {chain.steps.map((step, position) => (
          <StepRow
            key={position}
            step={step}
            index={position}
            canEdit={canEdit}
            onChange={(next) => onChange({ ...chain, steps: replaced(chain.steps, position, next) })}
            onRemove={
              canEdit && chain.steps.length > 1
                ? () => onChange({ ...chain, steps: chain.steps.filter((_, other) => other !== position) })
                : null
            }
          />
        ))}
        {canEdit && (
          <Button
            variant="subtle"
            size="compact-sm"
            w="fit-content"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange({ ...chain, steps: [...chain.steps, firstStep] })}
          >
            {t('approvals.chains.addStep')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}

function TypeChains({ gstId, view, canEdit }: { gstId: string; view: ApprovalConfigView; canEdit: boolean }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const save = useSaveApprovalConfig(gstId);
  const [chains, setChains] = useState<ApprovalChain[]>(view.chains);
  const [issues, setIssues] = useState<string[]>([]);
  const changed = JSON.stringify(chains) !== JSON.stringify(view.chains);

  function handleSave() {
    const parsed = putApprovalConfigInputSchema.safeParse({ gstId, chains, expectedUpdatedAt: view.updatedAt });
    if (!parsed.success) {
      setIssues(toFieldIssues(parsed.error).map((issue) => `${issue.path.join(' › ')} : ${issue.message}`));
      return;
    }
    setIssues([]);
    save.mutate({ type: view.type, chains: parsed.data.chains, expectedUpdatedAt: view.updatedAt });
  }

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={`chains-${view.type}`}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={`chains-${view.type}`}>
          {t(`approvals.type.${view.type}`)}
        </Title>
        {view.isDefault ? (
          <Badge variant="light" color="gray">
            {t('approvals.chains.default')}
          </Badge>
        ) : (
          <Text size="xs" c="dimmed">
            {t('approvals.chains.savedBy', {
              date: view.updatedAt ? formatDateTime(view.updatedAt) : '',
              name: view.updatedByName ?? '',
            })}
          </Text>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('approvals.chains.explain')}
      </Text>
      <Stack gap="sm">
        {chains.map((chain, index) => (
          <ChainCard
            key={index}
            chain={chain}
            index={index}
            count={chains.length}
            canEdit={canEdit}
            onChange={(next) => setChains(replaced(chains, index, next))}
            onMove={(by) => setChains(moved(chains, index, by))}
            onRemove={() => setChains(chains.filter((_, other) => other !== index))}
          />
        ))}
        {issues.length > 0 && (
          <Alert color="red" title={t('approvals.chains.invalid')}>
            {issues.map((issue) => (
              <Text key={issue} size="sm">
                {issue}
              </Text>
            ))}
          </Alert>
        )}
        {save.isError && (
          <Alert color="red" title={t('approvals.chains.refused')}>
            {isApiError(save.error) && save.error.code === 'conflict'
              ? t('approvals.chains.stale')
              : describeError(save.error, t)}
            {isApiError(save.error) &&
              save.error.issues.map((issue) => (
                <Text key={issue.message} size="sm">
                  {issue.message}
                </Text>
              ))}
          </Alert>
        )}
        {canEdit && (
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={14} />}
              onClick={() => setChains([...chains, { when: noCondition, steps: [firstStep] }])}
            >
              {t('approvals.chains.addChain')}
            </Button>
            <Button onClick={handleSave} loading={save.isPending} disabled={!changed}>
              {t('approvals.chains.save')}
            </Button>
            <Button variant="default" disabled={!changed} onClick={() => setChains(view.chains)}>
              {t('approvals.chains.reset')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/**
 * The GST's approval chains per request type (issue #5 §4): for each, the chains tried in order (the first whose
 * duration and amount bounds hold applies) and their steps (who decides, at which scope, within how many working days).
 * The GST's direction edits them; the server refuses chains that leave a request without one.
 */
export function ApprovalChainsEditor({ gstId, canEdit }: { gstId: string; canEdit: boolean }) {
  const configs = useApprovalConfigs(gstId);
  if (configs.isPending) {
    return <PageLoader />;
  }
  if (configs.isError) {
    return <ErrorPanel error={configs.error} onRetry={() => void configs.refetch()} />;
  }
  return (
    <Stack gap="md">
      {configs.data.types.map((view) => (
        <TypeChains key={`${view.type}/${view.updatedAt ?? 'default'}`} gstId={gstId} view={view} canEdit={canEdit} />
      ))}
    </Stack>
  );
}
