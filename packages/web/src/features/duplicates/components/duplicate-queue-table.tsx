import { Badge, Stack, Table, Text } from '@mantine/core';
import type { DuplicatePair, DuplicatePatientSummary } from '@tansiq/domain';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { useLanguage } from '../../../lib/use-language';
import { PatientNames } from './patient-names';
import { ProbabilityBar } from './probability-bar';
import { useFieldValue } from './use-field-value';

const dayMs = 86_400_000;

/** Whole days since a pair was found. */
export const pairAgeDays = (createdAt: string, now = Date.now()): number =>
  Math.max(0, Math.floor((now - new Date(createdAt).getTime()) / dayMs));

function PatientCell({ patient }: { patient: DuplicatePatientSummary }) {
  const language = useLanguage();
  const valueOf = useFieldValue([]);
  const commune = language === 'ar' ? (patient.communeNameAr ?? patient.communeNameFr) : patient.communeNameFr;
  return (
    <Stack gap={2}>
      <PatientNames patient={patient} />
      <Text size="xs" c="dimmed">
        {valueOf('birthDate', patient.birthDate).text}
        {commune ? ` · ${commune}` : ''}
      </Text>
    </Stack>
  );
}

/** One page of the review queue; a row opens the side-by-side comparison. */
export function DuplicateQueueTable({ pairs }: { pairs: readonly DuplicatePair[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('duplicates.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('duplicates.column.patientA')}</Table.Th>
            <Table.Th>{t('duplicates.column.patientB')}</Table.Th>
            <Table.Th>{t('duplicates.column.probability')}</Table.Th>
            <Table.Th>{t('duplicates.column.source')}</Table.Th>
            <Table.Th>{t('duplicates.column.age')}</Table.Th>
            <Table.Th>{t('duplicates.column.open')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {pairs.map((pair) => {
            const params = { patientAId: pair.patientAId, patientBId: pair.patientBId };
            const age = pairAgeDays(pair.createdAt);
            return (
              <Table.Tr
                key={`${pair.patientAId}:${pair.patientBId}`}
                style={{ cursor: 'pointer' }}
                onClick={() => void navigate({ to: '/duplicates/$patientAId/$patientBId', params })}
              >
                <Table.Td>
                  <PatientCell patient={pair.patientA} />
                </Table.Td>
                <Table.Td>
                  <PatientCell patient={pair.patientB} />
                </Table.Td>
                <Table.Td>
                  <ProbabilityBar probability={pair.probability} />
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color="gray">
                    {t(`duplicates.source.${pair.source}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {age === 0 ? t('duplicates.ageToday') : t('duplicates.ageDays', { count: age })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <AnchorLink
                    to="/duplicates/$patientAId/$patientBId"
                    params={params}
                    size="sm"
                    onClick={(event) => event.stopPropagation()}
                  >
                    {t('duplicates.openPair')}
                  </AnchorLink>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
