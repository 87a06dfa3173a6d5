import { Select, Stack, Tabs } from '@mantine/core';
import { canManageSomeRoster, moroccoDay } from '@tansiq/domain';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import { useEstablishmentPoints } from '../../../features/establishments';
import { MonthRosterPanel, MyShifts, RosterLinesPanel, useRosterLines } from '../../../features/rosters';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';

function monthsAround(today: string): string[] {
  const [year = 2026, month = 1] = today.split('-').map(Number);
  return [-2, -1, 0, 1, 2, 3].map((offset) => {
    const date = new Date(Date.UTC(year, month - 1 + offset, 1));
    return date.toISOString().slice(0, 7);
  });
}

/** Gardes and astreintes: the month's rosters, the roster lines, and the connected person's own shifts. */
export function RostersPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { actor, gst } = useSession();
  const navigate = useNavigate();
  const current = moroccoDay(new Date()).slice(0, 7);
  const [month, setMonth] = useState(current);
  const lines = useRosterLines(gst.id);
  const points = useEstablishmentPoints(gst.id);
  const monthLabel = new Intl.DateTimeFormat(language === 'ar' ? 'ar-MA' : language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const establishments = (points.data ?? [])
    .filter((point) => point.level !== 'primary')
    .map((point) => ({ value: point.id, label: localizedName(point, language) }));
  return (
    <>
      <PageTitle title={t('rosters.title')} subtitle={t('rosters.subtitle')} />
      <Stack>
        <Select
          label={t('rosters.month')}
          w={240}
          data={monthsAround(current).map((value) => ({
            value,
            label: monthLabel.format(new Date(`${value}-01T00:00:00Z`)),
          }))}
          value={month}
          onChange={(value) => setMonth(value ?? current)}
          allowDeselect={false}
        />
        {lines.isPending && <PageLoader />}
        {lines.isError && <ErrorPanel error={lines.error} onRetry={() => void lines.refetch()} />}
        {lines.data && (
          <Tabs defaultValue="roster" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="roster">{t('rosters.tabs.roster')}</Tabs.Tab>
              <Tabs.Tab value="lines">{t('rosters.tabs.lines')}</Tabs.Tab>
              <Tabs.Tab value="mine">{t('rosters.tabs.mine')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="roster" pt="md">
              <MonthRosterPanel key={month} actor={actor} gstId={gst.id} month={month} lines={lines.data} />
            </Tabs.Panel>
            <Tabs.Panel value="lines" pt="md">
              <RosterLinesPanel
                actor={actor}
                gstId={gst.id}
                lines={lines.data}
                establishments={establishments}
                canCreate={canManageSomeRoster(actor, gst.id)}
              />
            </Tabs.Panel>
            <Tabs.Panel value="mine" pt="md">
              <MyShifts
                month={month}
                onSwapRequested={(requestId) => void navigate({ to: '/approvals/$requestId', params: { requestId } })}
              />
            </Tabs.Panel>
          </Tabs>
        )}
      </Stack>
    </>
  );
}
