import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { BackArrow } from '../../../components/back-arrow';
import { PageTitle } from '../../../components/page-title';
import { DelegationsPanel } from '../../../features/approvals';

/** Delegating one's approvals while absent. */
export function DelegationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" mb="sm">
        <AnchorLink to="/approvals" search={{ view: 'mine' }}>
          <BackArrow />
          {t('approvals.page.back')}
        </AnchorLink>
      </Text>
      <PageTitle title={t('approvals.delegations.title')} subtitle={t('approvals.delegations.subtitle')} />
      <DelegationsPanel />
    </>
  );
}
