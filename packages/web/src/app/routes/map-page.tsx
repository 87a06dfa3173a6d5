import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';
import { useSession } from '../../features/auth';
import { EstablishmentMap } from '../../features/maps';

/** The GST's establishments on a map. */
export function MapPage() {
  const { t } = useTranslation();
  const { gst } = useSession();
  return (
    <Stack gap={0}>
      <PageTitle title={t('map.title')} subtitle={t('map.subtitle')} />
      <EstablishmentMap gstId={gst.id} regionCode={gst.regionCode} />
    </Stack>
  );
}
