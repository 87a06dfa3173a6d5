import { Alert, Button, Checkbox, Grid, Group, List, Progress, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { canManageRoster, type Actor, type RosterDetail, type RosterLineRecord } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { describeError } from '../../../lib/describe-error';
import { useGenerateRoster, useMonthRosters, useRoster } from '../api/use-rosters';
import { FairnessPanel } from './fairness-panel';
import { RosterGrid } from './roster-grid';
import { RosterToolbar } from './roster-toolbar';
import { ShiftEditorModal } from './shift-editor-modal';
import { useElapsedSeconds } from './use-elapsed-seconds';

interface MonthRosterPanelProps {
  actor: Actor;
  gstId: string;
  month: string;
  lines: RosterLineRecord[];
}

const establishmentsOf = (lines: readonly RosterLineRecord[], ids: readonly string[]) =>
  lines.filter((line) => ids.includes(line.id)).flatMap((line) => line.establishmentIds);

/** The rosters of a month: pick one (or generate one for some lines), then read, edit, publish and print it. */
export function MonthRosterPanel({ actor, gstId, month, lines }: MonthRosterPanelProps) {
  const { t } = useTranslation();
  const rosters = useMonthRosters(gstId, month);
  const [chosen, setChosen] = useState<string | null>(null);
  const rosterId = chosen ?? rosters.data?.[0]?.id ?? null;
  const roster = useRoster(rosterId);
  const generate = useGenerateRoster(gstId);
  const seconds = useElapsedSeconds(generate.isPending);
  const onRoster = new Set((rosters.data ?? []).flatMap((summary) => summary.lineIds));
  const free = lines.filter((line) => line.isActive && !onRoster.has(line.id));
  const [selected, setSelected] = useState<string[]>([]);
  const [editing, setEditing] = useState<RosterDetail['shifts'][number] | null>(null);
  const lineName = (id: string) => lines.find((line) => line.id === id)?.name ?? id;

  function run(lineIds: string[], version?: number) {
    generate.mutate(
      { month, lineIds, ...(version ? { version } : {}) },
      {
        onSuccess: (result) => {
          setChosen(result.id);
          setSelected([]);
          notifications.show({ color: 'teal', message: t('rosters.generated') });
        },
        onError: (error) => notifications.show({ color: 'red', message: describeError(error, t) }),
      },
    );
  }

  if (rosters.isPending) {
    return <PageLoader />;
  }
  if (rosters.isError) {
    return <ErrorPanel error={rosters.error} onRetry={() => void rosters.refetch()} />;
  }
  const manageable = free.filter((line) => canManageRoster(actor, line));
  return (
    <Stack>
      {rosters.data.length > 0 && (
        <Select
          label={t('rosters.roster')}
          data={rosters.data.map((summary) => ({
            value: summary.id,
            label: `${summary.lineIds.map(lineName).join(' + ')} — ${t(`rosters.status.${summary.status}`)}`,
          }))}
          value={rosterId}
          onChange={setChosen}
          allowDeselect={false}
        />
      )}
      {manageable.length > 0 && (
        <Stack gap="xs">
          <Checkbox.Group label={t('rosters.linesToRoster')} value={selected} onChange={setSelected}>
            <Group mt="xs">
              {manageable.map((line) => (
                <Checkbox key={line.id} value={line.id} label={line.name} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group>
            <Button
              onClick={() => run(selected)}
              disabled={
                selected.length === 0 ||
                !canManageRoster(actor, { gstId, establishmentIds: establishmentsOf(lines, selected) })
              }
              loading={generate.isPending}
            >
              {t('rosters.generate')}
            </Button>
          </Group>
        </Stack>
      )}
      {generate.isPending && (
        <Stack gap={4}>
          <Progress value={100} animated striped />
          <Text size="sm">{t('rosters.generating', { seconds })}</Text>
        </Stack>
      )}
      {rosters.data.length === 0 && <Text c="dimmed">{t('rosters.noRoster')}</Text>}
      {roster.isError && <ErrorPanel error={roster.error} onRetry={() => void roster.refetch()} />}
      {roster.data && (
        <RosterView
          roster={roster.data}
          canManage={canManageRoster(actor, {
            gstId,
            establishmentIds: establishmentsOf(lines, roster.data.lineIds),
          })}
          onRegenerate={() => run(roster.data.lineIds, roster.data.version)}
          regenerating={generate.isPending}
          onEditShift={setEditing}
        />
      )}
      {roster.data && editing && (
        <ShiftEditorModal key={editing.id} roster={roster.data} shift={editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}

interface RosterViewProps {
  roster: RosterDetail;
  canManage: boolean;
  onRegenerate: () => void;
  regenerating: boolean;
  onEditShift: (shift: RosterDetail['shifts'][number]) => void;
}

function RosterView({ roster, canManage, onRegenerate, regenerating, onEditShift }: RosterViewProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <RosterToolbar roster={roster} canManage={canManage} onRegenerate={onRegenerate} regenerating={regenerating} />
      {roster.violations.length > 0 && (
        <Alert color="orange" title={t('rosters.violations')}>
          <List size="sm">
            {roster.violations.map((violation) => (
              <List.Item key={`${violation.rule}${violation.shiftId}${violation.staffId}`}>
                {t(`rosters.rules.${violation.rule}`)} — {violation.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Text size="xs" c="dimmed">
        {t('rosters.legend')}
      </Text>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <RosterGrid roster={roster} canEdit={canManage} onEditShift={onEditShift} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <FairnessPanel roster={roster} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
