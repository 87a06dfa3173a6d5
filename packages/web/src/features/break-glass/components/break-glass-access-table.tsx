import { Badge, Button, List, Stack, Table, Text, Tooltip } from '@mantine/core';
import type { BreakGlassReviewItem, BreakGlassReviewStatus, BreakGlassState } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { patientDisplayName } from './patient-display-name';

const stateColors: Record<BreakGlassState, string> = { running: 'red', ended: 'gray', expired: 'gray' };
export const reviewStatusColors: Record<BreakGlassReviewStatus, string> = {
  pending: 'orange',
  justified: 'teal',
  unjustified: 'red',
};

interface BreakGlassAccessTableProps {
  accesses: readonly BreakGlassReviewItem[];
  onReview: (access: BreakGlassReviewItem) => void;
}

/** What the user did with the access: audit events by action, so the DPO judges the use, not only the reason. */
function Activity({ access }: { access: BreakGlassReviewItem }) {
  const { t } = useTranslation();
  const label = t('breakGlass.review.events', { count: access.auditEventCount });
  if (access.actions.length === 0) {
    return <Text size="sm">{label}</Text>;
  }
  return (
    <Stack gap={2}>
      <Text size="sm">{label}</Text>
      <List size="xs" c="dimmed" spacing={0}>
        {access.actions.map((entry) => (
          <List.Item key={entry.action}>
            {t(`breakGlass.action.${entry.action.replaceAll('.', '_')}`, { defaultValue: entry.action })} ×{entry.count}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** The DPO's list: who opened which patient, when and for how long, why, what they did, and the review. */
export function BreakGlassAccessTable({ accesses, onReview }: BreakGlassAccessTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDateTime } = useFormatters();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('breakGlass.review.when')}</Table.Th>
            <Table.Th>{t('breakGlass.review.who')}</Table.Th>
            <Table.Th>{t('breakGlass.review.patient')}</Table.Th>
            <Table.Th>{t('breakGlass.review.reason')}</Table.Th>
            <Table.Th>{t('breakGlass.review.activity')}</Table.Th>
            <Table.Th>{t('breakGlass.review.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accesses.map((access) => (
            <Table.Tr key={access.id}>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(access.startedAt)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('breakGlass.review.duration', { minutes: access.durationMinutes })}
                </Text>
                <Badge color={stateColors[access.state]} variant="light" size="xs">
                  {t(`breakGlass.state.${access.state}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{access.user.displayName}</Text>
                <Text size="xs" c="dimmed" dir="ltr" ta="start">
                  {access.user.username}
                </Text>
                {access.establishment && (
                  <Text size="xs" c="dimmed">
                    {localizedName(access.establishment, language)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{patientDisplayName(access.patient, language)}</Text>
                <Text size="xs" c="dimmed" ff="monospace" dir="ltr" ta="start">
                  {access.patient.regionalId}
                </Text>
              </Table.Td>
              <Table.Td maw={320}>
                <Text size="sm" fw={500}>
                  {t(`breakGlass.reason.${access.reasonCode}`)}
                </Text>
                <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                  {access.reasonText}
                </Text>
              </Table.Td>
              <Table.Td>
                <Activity access={access} />
              </Table.Td>
              <Table.Td>
                {access.reviewStatus === 'pending' ? (
                  <Button size="xs" variant="light" onClick={() => onReview(access)}>
                    {t('breakGlass.review.reviewAction')}
                  </Button>
                ) : (
                  <Stack gap={2}>
                    <Tooltip
                      label={access.reviewNote ?? ''}
                      disabled={!access.reviewNote}
                      withArrow
                      multiline
                      maw={320}
                    >
                      <Badge color={reviewStatusColors[access.reviewStatus]} variant="light">
                        {t(`breakGlass.status.${access.reviewStatus}`)}
                      </Badge>
                    </Tooltip>
                    {access.reviewedBy && access.reviewedAt && (
                      <Text size="xs" c="dimmed">
                        {t('breakGlass.review.reviewedBy', {
                          name: access.reviewedBy.displayName,
                          when: formatDateTime(access.reviewedAt),
                        })}
                      </Text>
                    )}
                  </Stack>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
