import { Box, Group, LoadingOverlay, Pagination, SegmentedControl, Text } from '@mantine/core';
import { breakGlassReviewStatuses, canReviewBreakGlass, type BreakGlassReviewItem } from '@tansiq/domain';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyResult } from '../../components/empty-result';
import { ErrorPanel } from '../../components/error-panel';
import { PageLoader } from '../../components/page-loader';
import { PageTitle } from '../../components/page-title';
import { useSession } from '../../features/auth';
import {
  BreakGlassAccessTable,
  ReviewBreakGlassModal,
  breakGlassReviewPageSize,
  useBreakGlassAccesses,
} from '../../features/break-glass';
import { useFormatters } from '../../lib/use-formatters';
import { ForbiddenNotice } from './forbidden-notice';

const route = getRouteApi('/_app/break-glass-review');

/** The data-protection officer's review of the GST's break-the-glass accesses: pending first, then the decided ones. */
export function BreakGlassReviewPage() {
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();
  const { actor, gst } = useSession();
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  const allowed = canReviewBreakGlass(actor, gst.id);
  const accesses = useBreakGlassAccesses(gst.id, filters, allowed);
  const [reviewing, setReviewing] = useState<BreakGlassReviewItem | null>(null);

  if (!allowed) {
    return <ForbiddenNotice />;
  }
  return (
    <>
      <PageTitle title={t('nav.breakGlassReview')} subtitle={t('breakGlass.review.subtitle')} />
      <SegmentedControl
        mb="md"
        aria-label={t('breakGlass.review.status')}
        value={filters.status}
        onChange={(value) => {
          const status = breakGlassReviewStatuses.find((candidate) => candidate === value);
          if (status) {
            void navigate({ search: { status, page: 1 } });
          }
        }}
        data={breakGlassReviewStatuses.map((status) => ({ value: status, label: t(`breakGlass.status.${status}`) }))}
      />
      {accesses.isPending && <PageLoader />}
      {accesses.isError && <ErrorPanel error={accesses.error} onRetry={() => void accesses.refetch()} />}
      {accesses.data?.items.length === 0 && <EmptyResult title={t(`breakGlass.review.empty.${filters.status}`)} />}
      {accesses.data && accesses.data.items.length > 0 && (
        <Box pos="relative">
          <LoadingOverlay visible={accesses.isPlaceholderData} />
          <Text size="sm" c="dimmed" mb="xs">
            {t('breakGlass.review.count', {
              count: accesses.data.total,
              formatted: formatInteger(accesses.data.total),
            })}
          </Text>
          <BreakGlassAccessTable accesses={accesses.data.items} onReview={setReviewing} />
          <Group justify="center" mt="md">
            <Pagination
              total={Math.max(1, Math.ceil(accesses.data.total / breakGlassReviewPageSize))}
              value={filters.page}
              onChange={(page) => void navigate({ search: { ...filters, page } })}
            />
          </Group>
        </Box>
      )}
      {reviewing && <ReviewBreakGlassModal access={reviewing} onClose={() => setReviewing(null)} />}
    </>
  );
}
