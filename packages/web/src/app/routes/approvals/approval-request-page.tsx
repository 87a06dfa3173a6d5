import { Alert, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { BackArrow } from '../../../components/back-arrow';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { ApprovalRequestDetail, useApprovalRequest } from '../../../features/approvals';
import { MobilityImpactPanel, MobilitySubjectCard } from '../../../features/mobility';
import { RosterSwapCard } from '../../../features/rosters';
import { isApiError } from '../../../lib/api-error';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';

const route = getRouteApi('/_app/approvals/$requestId');

/** One request: its type's panels (a mobility's subject and impact, a roster swap's shifts), chain, actions, files and history. */
export function ApprovalRequestPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { requestId } = route.useParams();
  const request = useApprovalRequest(requestId);
  const data = request.data;
  const names = new Map(
    [data?.originEstablishment, data?.destinationEstablishment]
      .filter((e) => e !== null && e !== undefined)
      .map((e) => [e.id, localizedName(e, language)]),
  );
  return (
    <>
      <Text size="sm" mb="sm">
        <AnchorLink to="/approvals" search={{ view: 'mine' }}>
          <BackArrow />
          {t('approvals.page.back')}
        </AnchorLink>
      </Text>
      {request.isPending && <PageLoader />}
      {request.isError && isApiError(request.error) && request.error.status === 404 && (
        <Alert color="gray" title={t('approvals.page.notVisibleTitle')}>
          {t('approvals.page.notVisible')}
        </Alert>
      )}
      {request.isError && !(isApiError(request.error) && request.error.status === 404) && (
        <ErrorPanel error={request.error} onRetry={() => void request.refetch()} />
      )}
      {data && (
        <ApprovalRequestDetail request={data}>
          {data.type === 'mobility' && (
            <>
              <MobilitySubjectCard
                subject={data.subject}
                editable={
                  data.allowedActions.includes('edit') ? { requestId: data.id, version: data.version } : undefined
                }
              />
              <MobilityImpactPanel requestId={data.id} names={names} />
            </>
          )}
          {data.type === 'roster_swap' && <RosterSwapCard requestId={data.id} />}
        </ApprovalRequestDetail>
      )}
    </>
  );
}
