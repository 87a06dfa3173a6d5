import { Grid, Group, List, Stack, Text } from '@mantine/core';
import { canManagePatientIdentities, type DuplicatePairComparison } from '@tansiq/domain';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/anchor-link';
import { BackArrow } from '../../components/back-arrow';
import { ErrorPanel } from '../../components/error-panel';
import { PageLoader } from '../../components/page-loader';
import { PageTitle } from '../../components/page-title';
import { useSession } from '../../features/auth';
import {
  DuplicateComparisonTable,
  DuplicateDecisionPanel,
  MergePreviewCard,
  PairSideCard,
  PatientMergesPanel,
  ProbabilityBar,
  useDuplicatePair,
} from '../../features/duplicates';
import { ForbiddenNotice } from './forbidden-notice';

const route = getRouteApi('/_app/duplicates/$patientAId/$patientBId');

/** The default survivor (the older record) on the left, so "keep left" is the usual choice. */
function orderSides(comparison: DuplicatePairComparison) {
  const aFirst = comparison.sideA.patient.id === comparison.defaultSurvivorId;
  return aFirst ? [comparison.sideA, comparison.sideB] : [comparison.sideB, comparison.sideA];
}

/** Side-by-side comparison of two patients that may be one person, the merge preview and the reviewer's decision. */
export function DuplicatePairPage() {
  const { t } = useTranslation();
  const { patientAId, patientBId } = route.useParams();
  const { actor, gst } = useSession();
  const comparison = useDuplicatePair(patientAId, patientBId);

  if (!canManagePatientIdentities(actor, gst.id)) {
    return <ForbiddenNotice />;
  }
  if (comparison.isPending) {
    return <PageLoader />;
  }
  if (comparison.isError) {
    return <ErrorPanel error={comparison.error} onRetry={() => void comparison.refetch()} />;
  }
  const data = comparison.data;
  const [left, right] = orderSides(data);
  if (!left || !right) {
    return null;
  }
  const patients = [left.patient, right.patient];
  const active = patients.find((patient) => patient.status === 'active');
  const merged = data.pair.status === 'merged' || data.pair.status === 'auto_merged';
  return (
    <Stack gap="md">
      <Text size="sm">
        <AnchorLink
          to="/duplicates"
          search={{ status: data.pair.status === 'superseded' ? 'pending' : data.pair.status, page: 1 }}
        >
          <BackArrow />
          {t('duplicates.back')}
        </AnchorLink>
      </Text>
      <PageTitle
        title={t('duplicates.pairTitle')}
        subtitle={t('duplicates.pairSubtitle')}
        actions={<ProbabilityBar probability={data.pair.probability} />}
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <PairSideCard side={left} label={t('duplicates.left')} isOlder={left.patient.id === data.defaultSurvivorId} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <PairSideCard
            side={right}
            label={t('duplicates.right')}
            isOlder={right.patient.id === data.defaultSurvivorId}
          />
        </Grid.Col>
      </Grid>
      <DuplicateComparisonTable left={left.patient} right={right.patient} fields={data.fields} />
      {data.pair.reasons.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('duplicates.evidence')}
          </Text>
          <Group gap="md">
            <List size="xs" c="dimmed">
              {data.pair.reasons.map((reason) => (
                <List.Item key={reason.field}>
                  {t(`duplicates.matchField.${reason.field}`, { defaultValue: reason.field })}{' '}
                  <span dir="ltr">
                    {reason.level} ({reason.weight >= 0 ? '+' : ''}
                    {reason.weight.toFixed(1)})
                  </span>
                </List.Item>
              ))}
            </List>
          </Group>
        </Stack>
      )}
      <DuplicateDecisionPanel comparison={data} left={left.patient} right={right.patient} />
      <Grid>
        {data.previews.map((preview) => (
          <Grid.Col key={preview.survivorId} span={{ base: 12, md: 6 }}>
            <MergePreviewCard
              preview={preview}
              patients={patients}
              title={`${t('duplicates.preview')} — ${
                preview.survivorId === left.patient.id ? t('duplicates.mergeKeepLeft') : t('duplicates.mergeKeepRight')
              }`}
            />
          </Grid.Col>
        ))}
      </Grid>
      {merged && active && <PatientMergesPanel patientId={active.id} />}
    </Stack>
  );
}
