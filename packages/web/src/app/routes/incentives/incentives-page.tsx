import { Select, Stack, Tabs } from '@mantine/core';
import { canManageIncentives, incentiveViewScope, moroccoDay } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import { useEstablishmentPoints } from '../../../features/establishments';
import {
  IncentiveRulesEditor,
  IncentiveStatementsPanel,
  MyIncentiveStatements,
  useIncentiveRules,
} from '../../../features/incentives';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';

function lastMonths(today: string): string[] {
  const [year = 2026, month = 1] = today.split('-').map(Number);
  return [1, 0, -1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11].map((offset) =>
    new Date(Date.UTC(year, month - 1 + offset, 1)).toISOString().slice(0, 7),
  );
}

/** The rules tab: loads the versions, then the editor starts from the latest. */
function RulesTab({ gstId, canEdit, month }: { gstId: string; canEdit: boolean; month: string }) {
  const rules = useIncentiveRules(gstId);
  if (rules.isPending) {
    return <PageLoader />;
  }
  if (rules.isError) {
    return <ErrorPanel error={rules.error} onRetry={() => void rules.refetch()} />;
  }
  const latest = rules.data.versions[0];
  return (
    <IncentiveRulesEditor
      key={latest?.id ?? 'none'}
      gstId={gstId}
      latest={latest}
      canEdit={canEdit}
      defaultMonth={month}
    />
  );
}

/** "Primes à l'acte": the month's statements, the rules, and one's own statements. */
export function IncentivesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { actor, gst } = useSession();
  const current = moroccoDay(new Date()).slice(0, 7);
  const [month, setMonth] = useState(current);
  const points = useEstablishmentPoints(gst.id);
  const seesStatements = incentiveViewScope(actor, gst.id) !== null;
  const monthLabel = new Intl.DateTimeFormat(language === 'ar' ? 'ar-MA' : language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const establishments = (points.data ?? []).map((point) => ({
    value: point.id,
    label: localizedName(point, language),
  }));
  return (
    <>
      <PageTitle title={t('incentives.title')} subtitle={t('incentives.subtitle')} />
      <Stack>
        <Select
          label={t('incentives.month')}
          w={240}
          data={lastMonths(current).map((value) => ({
            value,
            label: monthLabel.format(new Date(`${value}-01T00:00:00Z`)),
          }))}
          value={month}
          onChange={(value) => setMonth(value ?? current)}
          allowDeselect={false}
        />
        <Tabs defaultValue={seesStatements ? 'statements' : 'mine'} keepMounted={false}>
          <Tabs.List>
            {seesStatements && <Tabs.Tab value="statements">{t('incentives.tabs.statements')}</Tabs.Tab>}
            {seesStatements && <Tabs.Tab value="rules">{t('incentives.tabs.rules')}</Tabs.Tab>}
            <Tabs.Tab value="mine">{t('incentives.tabs.mine')}</Tabs.Tab>
          </Tabs.List>
          {seesStatements && (
            <Tabs.Panel value="statements" pt="md">
              <IncentiveStatementsPanel
                key={month}
                actor={actor}
                gstId={gst.id}
                month={month}
                establishments={establishments}
              />
            </Tabs.Panel>
          )}
          {seesStatements && (
            <Tabs.Panel value="rules" pt="md">
              <RulesTab gstId={gst.id} canEdit={canManageIncentives(actor, gst.id)} month={month} />
            </Tabs.Panel>
          )}
          <Tabs.Panel value="mine" pt="md">
            <MyIncentiveStatements gstId={gst.id} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
