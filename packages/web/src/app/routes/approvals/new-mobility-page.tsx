import { Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { BackArrow } from '../../../components/back-arrow';
import { PageTitle } from '../../../components/page-title';
import { MobilityForm } from '../../../features/mobility';

/** A new mobility request (mission, secondment, transfer, campaign pooling), submitted to its approval chain. */
export function NewMobilityPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <Text size="sm" mb="sm">
        <AnchorLink to="/approvals" search={{ view: 'mine' }}>
          <BackArrow />
          {t('approvals.page.back')}
        </AnchorLink>
      </Text>
      <PageTitle title={t('approvals.mobility.new')} subtitle={t('approvals.mobility.newSubtitle')} />
      <MobilityForm onCreated={(requestId) => void navigate({ to: '/approvals/$requestId', params: { requestId } })} />
    </>
  );
}
