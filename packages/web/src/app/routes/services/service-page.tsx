import { Grid, Stack, Text } from '@mantine/core';
import { canManageServiceDirectory, canUpdateBeds } from '@tansiq/domain';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { BackArrow } from '../../../components/back-arrow';
import { ButtonLink } from '../../../components/button-link';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import {
  BedsCard,
  ClosuresPanel,
  DirectoryEntryForm,
  UpcomingSessionsPanel,
  WeeklyScheduleEditor,
  useService,
  useServiceLabels,
} from '../../../features/services';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';

const route = getRouteApi('/_app/services/$establishmentId/$specialtyCode');

/** One service: its entry, beds, weekly sessions, closures and the coming four weeks of sessions. */
export function ServicePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { establishmentId, specialtyCode } = route.useParams();
  const { actor } = useSession();
  const { specialtyName } = useServiceLabels();
  const service = useService(establishmentId, specialtyCode);

  if (service.isPending) {
    return <PageLoader />;
  }
  if (service.isError) {
    return <ErrorPanel error={service.error} onRetry={() => void service.refetch()} />;
  }
  const current = service.data;
  const target = { gstId: current.entry.gstId, establishmentId };
  const canManage = canManageServiceDirectory(actor, target);
  const keys = { establishmentId, specialtyCode };
  return (
    <Stack gap="md">
      <Text size="sm">
        <AnchorLink to="/services" search={{ page: 1 }}>
          <BackArrow />
          {t('services.page.back')}
        </AnchorLink>
      </Text>
      <PageTitle
        title={specialtyName(specialtyCode)}
        subtitle={t('services.page.subtitle', {
          establishment: localizedName(current.establishment, language),
          type: t(`establishmentType.${current.establishment.type}`),
        })}
        actions={
          <ButtonLink variant="light" to="/establishments/$establishmentId" params={{ establishmentId }}>
            {t('services.page.establishment')}
          </ButtonLink>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <DirectoryEntryForm entry={current.entry} canEdit={canManage} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <BedsCard
              {...keys}
              registryBeds={current.registryBeds}
              beds={current.beds}
              canUpdate={canUpdateBeds(actor, target)}
            />
            <UpcomingSessionsPanel sessions={current.upcomingSessions} />
          </Stack>
        </Grid.Col>
      </Grid>
      <WeeklyScheduleEditor {...keys} schedules={current.schedules} canEdit={canManage} />
      <ClosuresPanel {...keys} schedules={current.schedules} closures={current.closures} canEdit={canManage} />
    </Stack>
  );
}
