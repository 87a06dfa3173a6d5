import { Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { cadres, canEditWisnWorkload } from '@tansiq/domain';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { PageTitle } from '../../../components/page-title';
import { useSession } from '../../../features/auth';
import { useEstablishmentWisn, useWisnNumber, WisnCalculation, WisnWorkloadForm } from '../../../features/wisn';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';

const route = getRouteApi('/_app/wisn/establishments/$id');

/** One establishment × cadre: the WISN calculation step by step. */
export function WisnCalculationPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const formatDecimal = useWisnNumber();
  const { id } = route.useParams();
  const { cadre, year } = route.useSearch();
  const navigate = useNavigate();
  const { actor, gst } = useSession();
  const wisn = useEstablishmentWisn(id, cadre, year);
  if (wisn.isError) {
    return <ErrorPanel error={wisn.error} onRetry={() => void wisn.refetch()} />;
  }
  if (wisn.data === undefined) {
    return <PageLoader />;
  }
  const { establishment } = wisn.data;
  return (
    <Stack gap="md">
      <AnchorLink to="/wisn">{t('wisn.calculation.back')}</AnchorLink>
      <PageTitle
        title={t('wisn.calculation.title', { establishment: localizedName(establishment, language) })}
        subtitle={t('wisn.calculation.subtitle', { type: establishment.type, year })}
      />
      <Group align="end">
        <Select
          label={t('wisn.filters.cadre')}
          data={cadres.map((value) => ({ value, label: t(`wisn.cadre.${value}`) }))}
          value={cadre}
          onChange={(value) =>
            void navigate({
              to: '/wisn/establishments/$id',
              params: { id },
              search: { cadre: cadres.find((candidate) => candidate === value) ?? cadre, year },
            })
          }
          allowDeselect={false}
        />
        <Text size="xs" c="dimmed">
          {t('wisn.basis', { onDate: wisn.data.onDate, factor: formatDecimal(wisn.data.annualisationFactor) })}
        </Text>
      </Group>
      <WisnCalculation data={wisn.data} />
      {canEditWisnWorkload(actor, { gstId: gst.id, establishmentId: id }) && (
        <Card withBorder padding="md">
          <Title order={2} size="h5" mb="xs">
            {t('wisn.workload.title')}
          </Title>
          <WisnWorkloadForm key={`${cadre}|${year}`} gstId={gst.id} data={wisn.data} />
        </Card>
      )}
    </Stack>
  );
}
