import { Badge, Box, Group, LoadingOverlay, Pagination, Select, Tabs, Text } from '@mantine/core';
import { referralUrgencies, specialties, type ReferralUrgency } from '@tansiq/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyResult } from '../../../components/empty-result';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { useSession } from '../../auth';
import type { ReferralWorklistFilters } from '../api/referral-worklist-filters';
import { referralPageSize, useReferralWorklist } from '../api/use-referral-worklist';
import { worklistEstablishments } from './referral-establishments';
import { ReferralTable } from './referral-table';
import { worklistTabs } from './worklist-tabs';

interface ReferralWorklistsProps {
  filters: ReferralWorklistFilters;
  onFiltersChange: (filters: ReferralWorklistFilters) => void;
}

/**
 * An establishment's referral worklists, both sides (what it sent, what it receives), as tabs; overdue referrals
 * counted in red. Filters by specialty and urgency; the URL keeps the establishment, tab, filters and page.
 */
export function ReferralWorklists({ filters, onFiltersChange }: ReferralWorklistsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatInteger } = useFormatters();
  const { me, actor, gst } = useSession();
  const establishments = worklistEstablishments(me, actor, gst.id);
  const establishmentId =
    establishments.find((candidate) => candidate.id === filters.establishmentId)?.id ?? establishments[0]?.id ?? '';
  const { tabs, first } = worklistTabs(actor, establishmentId);
  const worklist = filters.worklist && tabs.includes(filters.worklist) ? filters.worklist : first;
  const common = { establishmentId, specialtyCode: filters.specialtyCode, urgency: filters.urgency };
  const list = useReferralWorklist({ ...common, worklist, page: filters.page }, establishmentId !== '');
  const overdue = useReferralWorklist({ ...common, worklist: 'overdue', page: 1 }, establishmentId !== '');
  const overdueCount = overdue.data?.total ?? 0;
  const specialtyOptions = useMemo(
    () =>
      specialties
        .map((specialty) => ({ value: specialty.code, label: localizedName(specialty, language) }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [language],
  );
  const change = (patch: Partial<ReferralWorklistFilters>) =>
    onFiltersChange({ ...filters, establishmentId, worklist, page: 1, ...patch });

  if (establishments.length === 0) {
    return <EmptyResult title={t('referrals.worklist.noEstablishment')} />;
  }
  return (
    <>
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <Select
          label={t('referrals.worklist.establishment')}
          data={establishments.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
          value={establishmentId}
          allowDeselect={false}
          onChange={(value) => value && change({ establishmentId: value, worklist: undefined })}
          style={{ minWidth: 240, flex: '1 1 320px', maxWidth: 460 }}
        />
        <Select
          label={t('referrals.field.specialty')}
          placeholder={t('referrals.worklist.allSpecialties')}
          searchable
          clearable
          data={specialtyOptions}
          value={filters.specialtyCode ?? null}
          onChange={(value) => change({ specialtyCode: value ?? undefined })}
          style={{ minWidth: 200 }}
        />
        <Select
          label={t('referrals.field.urgency')}
          placeholder={t('referrals.worklist.allUrgencies')}
          clearable
          data={referralUrgencies.map((value) => ({ value, label: t(`referrals.urgency.${value}`) }))}
          value={filters.urgency ?? null}
          onChange={(value) =>
            change({
              urgency: referralUrgencies.find((candidate): candidate is ReferralUrgency => candidate === value),
            })
          }
          style={{ minWidth: 160 }}
        />
      </Group>
      <Tabs value={worklist} onChange={(value) => change({ worklist: tabs.find((tab) => tab === value) })} mb="md">
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab
              key={tab}
              value={tab}
              rightSection={
                tab === 'overdue' && overdueCount > 0 ? (
                  <Badge
                    color="red"
                    size="sm"
                    circle={overdueCount < 10}
                    aria-label={t('referrals.worklist.overdueCount', { count: overdueCount })}
                  >
                    {formatInteger(overdueCount)}
                  </Badge>
                ) : undefined
              }
            >
              {t(`referrals.worklist.tab.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {list.isPending && <PageLoader />}
      {list.isError && <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />}
      {list.data?.items.length === 0 && <EmptyResult title={t('referrals.worklist.empty')} />}
      {list.data && list.data.items.length > 0 && (
        <Box pos="relative">
          <LoadingOverlay visible={list.isPlaceholderData} />
          <Text size="sm" c="dimmed" mb="xs">
            {t('referrals.worklist.count', { count: list.data.total, formatted: formatInteger(list.data.total) })}
          </Text>
          <ReferralTable referrals={list.data.items} />
          <Group justify="center" mt="md">
            <Pagination
              total={Math.max(1, Math.ceil(list.data.total / referralPageSize))}
              value={filters.page}
              onChange={(page) => onFiltersChange({ ...filters, establishmentId, worklist, page })}
            />
          </Group>
        </Box>
      )}
    </>
  );
}
