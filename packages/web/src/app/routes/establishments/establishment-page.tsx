import { Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconEdit, IconLock, IconLockOpen, IconStethoscope } from '@tabler/icons-react';
import {
  canEditEstablishmentDetails,
  canManageRegistry,
  canViewEstablishmentHistory,
  directoryEstablishmentTypes,
} from '@tansiq/domain';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { BackArrow } from '../../../components/back-arrow';
import { ButtonLink } from '../../../components/button-link';
import { DemoBadge } from '../../../components/demo-badge';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import {
  CloseEstablishmentModal,
  EstablishmentCapacity,
  EstablishmentDetails,
  EstablishmentHistoryTimeline,
  EstablishmentLocationMap,
  useChangeEstablishmentStatus,
  useEstablishment,
} from '../../../features/establishments';
import { describeError } from '../../../lib/describe-error';
import { useLanguage } from '../../../lib/use-language';

const route = getRouteApi('/_app/establishments/$establishmentId');

/** One establishment: identity, place, capacity, map, history, and the actions the user's roles allow. */
export function EstablishmentPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { establishmentId } = route.useParams();
  const { actor, gst } = useSession();
  const establishment = useEstablishment(establishmentId);
  const statusChange = useChangeEstablishmentStatus(establishmentId);
  const [closeOpened, { open: openClose, close: closeClose }] = useDisclosure(false);

  if (establishment.isPending) {
    return <PageLoader />;
  }
  if (establishment.isError) {
    return <ErrorPanel error={establishment.error} onRetry={() => void establishment.refetch()} />;
  }
  const current = establishment.data;
  const target = { gstId: current.gstId, provinceCode: current.province.code, establishmentId: current.id };
  const canManage = canManageRegistry(actor, target);
  const title = language === 'ar' && current.nameAr ? current.nameAr : current.nameFr;

  function handleReopen() {
    statusChange.mutate(
      { kind: 'reopen', input: { version: current.version } },
      { onError: (error) => notifications.show({ color: 'red', message: describeError(error, t) }) },
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm">
        <AnchorLink to="/establishments" search={{ page: 1 }}>
          <BackArrow />
          {t('establishments.backToList')}
        </AnchorLink>
      </Text>
      <PageTitle
        title={
          <Group gap="xs" component="span">
            {title}
            {current.isDemo && <DemoBadge kind="demo" />}
            {current.isGenerated && <DemoBadge kind="generated" />}
          </Group>
        }
        subtitle={`${current.code} · ${t(`establishmentType.${current.type}`)}`}
        actions={
          <>
            {directoryEstablishmentTypes.some((type) => type === current.type) && (
              <ButtonLink
                variant="light"
                to="/services"
                search={{ establishmentId: current.id, page: 1 }}
                leftSection={<IconStethoscope size={18} />}
              >
                {t('nav.services')}
              </ButtonLink>
            )}
            {canEditEstablishmentDetails(actor, target) && current.status !== 'closed' && (
              <ButtonLink
                to="/establishments/$establishmentId/edit"
                params={{ establishmentId: current.id }}
                leftSection={<IconEdit size={18} />}
              >
                {t('establishment.edit')}
              </ButtonLink>
            )}
            {canManage && current.status !== 'closed' && (
              <Button variant="light" color="red" leftSection={<IconLock size={18} />} onClick={openClose}>
                {t('establishment.close')}
              </Button>
            )}
            {canManage && current.status === 'closed' && (
              <Button
                variant="light"
                leftSection={<IconLockOpen size={18} />}
                onClick={handleReopen}
                loading={statusChange.isPending}
              >
                {t('establishment.reopen')}
              </Button>
            )}
          </>
        }
      />
      <EstablishmentDetails establishment={current} />
      <EstablishmentCapacity establishment={current} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <EstablishmentLocationMap establishment={current} regionCode={gst.regionCode} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {canViewEstablishmentHistory(actor, target) && <EstablishmentHistoryTimeline establishmentId={current.id} />}
        </Grid.Col>
      </Grid>
      {canManage && <CloseEstablishmentModal establishment={current} opened={closeOpened} onClose={closeClose} />}
    </Stack>
  );
}
