import { Alert, Button, Paper, Select, Stack, Tabs, Text } from '@mantine/core';
import { IconMap2, IconTable, IconWand } from '@tabler/icons-react';
import {
  canManagePathways,
  canViewPathways,
  specialties,
  type PathwayEstablishmentRef,
  type PathwayOrigin,
} from '@tansiq/domain';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyResult } from '../../../components/empty-result';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { useSession } from '../../../features/auth';
import {
  DiscardPathwayDraftModal,
  PathwayFlowMap,
  PathwayIssuesPanel,
  PathwayOriginForm,
  PathwayOriginsTable,
  PathwayVersionsTable,
  PublishPathwayModal,
  useCreatePathwayDraft,
  usePathwayMap,
  usePathwayMaps,
} from '../../../features/pathways';
import { useProvinces } from '../../../features/territory';
import { ForbiddenNotice } from '../forbidden-notice';

const route = getRouteApi('/_app/pathways');

/** The specialty pathway maps (filières) of the GST: versions, the map as a table and as arrows, and for its
 * administrators the draft's edition and publication. */
export function PathwaysPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { actor, gst } = useSession();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const canManage = canManagePathways(actor, gst.id);
  const versions = usePathwayMaps(gst.id, search.specialty);
  const items = versions.data?.items ?? [];
  // Administrators land on the draft they are preparing; everyone else on the map in force.
  const preferred = canManage
    ? (items.find((item) => item.status === 'draft') ?? items.find((item) => item.inForce))
    : (items.find((item) => item.inForce) ?? items.find((item) => item.status === 'draft'));
  const selected = items.find((item) => item.id === search.mapId) ?? preferred ?? items[0];
  const map = usePathwayMap(selected?.id);
  const provinces = useProvinces(gst.regionCode);
  const create = useCreatePathwayDraft();
  const [editing, setEditing] = useState<{ origin: PathwayEstablishmentRef; row?: PathwayOrigin } | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [discarding, setDiscarding] = useState(false);

  const specialtyOptions = useMemo(
    () =>
      specialties
        .map((specialty) => ({ value: specialty.code, label: localizedName(specialty, language) }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [language],
  );
  const provinceName = (code: string) => {
    const province = provinces.data?.find((candidate) => candidate.code === code);
    return province ? localizedName(province, language) : code;
  };

  if (!canViewPathways(actor, gst.id)) {
    return <ForbiddenNotice />;
  }
  const draft = items.find((item) => item.status === 'draft');
  const inForce = items.find((item) => item.inForce);
  const editable = canManage && map.data?.status === 'draft' ? map.data : undefined;
  const startDraft = (source: 'default' | 'in_force') =>
    create.mutate(
      { gstId: gst.id, specialtyCode: search.specialty, source },
      { onSuccess: (created) => void navigate({ search: { ...search, mapId: created.id } }) },
    );

  function handleEditOrigin(originId: string) {
    const row = editable?.origins.find((candidate) => candidate.origin.id === originId);
    const origin = row?.origin ?? editable?.issues.find((issue) => issue.originEstablishmentId === originId)?.origin;
    if (origin) {
      setEditing({ origin, row });
    }
  }

  return (
    <>
      <PageTitle
        title={t('pathways.title')}
        subtitle={t('pathways.subtitle')}
        actions={
          canManage &&
          versions.data && (
            <>
              {!draft && (
                <Button
                  leftSection={<IconWand size={16} />}
                  loading={create.isPending}
                  onClick={() => startDraft('default')}
                >
                  {t('pathways.action.generate')}
                </Button>
              )}
              {!draft && inForce && (
                <Button variant="default" loading={create.isPending} onClick={() => startDraft('in_force')}>
                  {t('pathways.action.copyInForce')}
                </Button>
              )}
              {editable && (
                <Button variant="default" color="red" onClick={() => setDiscarding(true)}>
                  {t('pathways.discard.action')}
                </Button>
              )}
              {editable && <Button onClick={() => setPublishing(true)}>{t('pathways.action.publish')}</Button>}
            </>
          )
        }
      />
      <Stack gap="md">
        <Select
          label={t('pathways.specialty')}
          data={specialtyOptions}
          value={search.specialty}
          onChange={(value) => value && void navigate({ search: { specialty: value, view: search.view } })}
          searchable
          allowDeselect={false}
          w={320}
        />
        {create.error && <ErrorPanel error={create.error} />}
        {versions.isPending && <PageLoader />}
        {versions.isError && <ErrorPanel error={versions.error} onRetry={() => void versions.refetch()} />}
        {versions.data && items.length === 0 && (
          <EmptyResult title={t('pathways.noMap')} description={canManage ? t('pathways.noMapHint') : undefined} />
        )}
        {items.length > 0 && (
          <Paper withBorder p="sm">
            <Text fw={500} mb="xs">
              {t('pathways.versions')}
            </Text>
            <PathwayVersionsTable
              versions={items}
              selectedId={selected?.id}
              onSelect={(mapId) => void navigate({ search: { ...search, mapId } })}
            />
          </Paper>
        )}
        {map.isError && <ErrorPanel error={map.error} onRetry={() => void map.refetch()} />}
        {selected && map.isPending && <PageLoader />}
        {map.data && (
          <Stack gap={0}>
            {map.data.status === 'draft' && (
              <Alert color="yellow" mb="md">
                {t('pathways.draftInProgress', { version: map.data.version })}
              </Alert>
            )}
            <PathwayIssuesPanel map={map.data} onEditOrigin={editable ? handleEditOrigin : undefined} />
            <Tabs
              value={search.view}
              onChange={(value) => void navigate({ search: { ...search, view: value === 'map' ? 'map' : 'table' } })}
              keepMounted={false}
            >
              <Tabs.List mb="md">
                <Tabs.Tab value="table" leftSection={<IconTable size={16} />}>
                  {t('pathways.view.table')}
                </Tabs.Tab>
                <Tabs.Tab value="map" leftSection={<IconMap2 size={16} />}>
                  {t('pathways.view.map')}
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="table">
                <PathwayOriginsTable
                  key={map.data.id}
                  map={map.data}
                  provinceName={provinceName}
                  onEdit={editable ? (row) => setEditing({ origin: row.origin, row }) : undefined}
                />
              </Tabs.Panel>
              <Tabs.Panel value="map">
                <PathwayFlowMap mapId={map.data.id} regionCode={gst.regionCode} />
              </Tabs.Panel>
            </Tabs>
          </Stack>
        )}
      </Stack>
      {editable && editing && (
        <PathwayOriginForm map={editable} origin={editing.origin} row={editing.row} onClose={() => setEditing(null)} />
      )}
      {editable && publishing && <PublishPathwayModal map={editable} onClose={() => setPublishing(false)} />}
      {editable && discarding && (
        <DiscardPathwayDraftModal
          map={editable}
          onClose={() => setDiscarding(false)}
          onDiscarded={() => {
            setDiscarding(false);
            void navigate({ search: { specialty: search.specialty, view: search.view } });
          }}
        />
      )}
    </>
  );
}
