import { Alert, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconUserPlus } from '@tabler/icons-react';
import type { PatientCandidate, PatientSearchResult } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { EmptyResult } from '../../../components/empty-result';
import { ErrorPanel } from '../../../components/error-panel';
import { useFormatters } from '../../../lib/use-formatters';
import { CandidateCard } from './candidate-card';

interface CandidateListProps {
  /** Whether the desk typed enough to search. */
  hasCriteria: boolean;
  result: PatientSearchResult | undefined;
  /** The candidates shown are those of earlier typing, the new answer is on its way. */
  stale: boolean;
  error: unknown;
  onRetry: () => void;
  canRegister: boolean;
  canOpenAnyway: boolean;
  /** The candidate whose registration is being sent, and the translated error of the last attempt. */
  registration: { patientId: string; pending: boolean; error: string | undefined } | undefined;
  onRegister: (candidate: PatientCandidate, localId: string | null) => void;
  onOpen: (candidate: PatientCandidate) => void;
  /** Offered once candidates for the current criteria are on screen (search before create). */
  onCreateNew: (() => void) | undefined;
  /** The server refused a creation because of candidates the user had not seen: say so above them. */
  duplicatesNotice: boolean;
}

/** The live candidates of the search, best first, with the empty and "nobody found" states and "create new". */
export function CandidateList(props: CandidateListProps) {
  const { hasCriteria, result, stale, error, onRetry, canRegister, canOpenAnyway, registration } = props;
  const { onRegister, onOpen, onCreateNew, duplicatesNotice } = props;
  const { t } = useTranslation();
  const { formatInteger } = useFormatters();

  if (!hasCriteria) {
    return (
      <Card withBorder padding="md">
        <EmptyResult title={t('patients.search.emptyTitle')} description={t('patients.search.emptyHint')} />
      </Card>
    );
  }
  if (error && !result) {
    return <ErrorPanel error={error} onRetry={onRetry} />;
  }
  if (!result) {
    return (
      <Group justify="center" py="xl">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {t('patients.search.searching')}
        </Text>
      </Group>
    );
  }
  const createButton = onCreateNew && (
    <Button variant="light" leftSection={<IconUserPlus size={18} />} onClick={onCreateNew} disabled={stale}>
      {t('patients.create.open')}
    </Button>
  );

  return (
    <Stack gap="sm" component="section" aria-labelledby="candidates-title" aria-busy={stale}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Title order={2} size="h4" id="candidates-title">
          {t('patients.candidates.title', { count: result.candidates.length })}
        </Title>
        <Text size="xs" c="dimmed" aria-live="polite">
          {t('patients.candidates.examined', { count: result.examined, formatted: formatInteger(result.examined) })}
        </Text>
      </Group>
      {duplicatesNotice && (
        <Alert
          color="orange"
          icon={<IconInfoCircle size={18} />}
          title={t('patients.create.duplicatesTitle')}
          role="alert"
        >
          {t('patients.create.duplicatesText')}
        </Alert>
      )}
      {error !== null && error !== undefined && <ErrorPanel error={error} onRetry={onRetry} />}
      {result.candidates.length === 0 ? (
        <Card withBorder padding="md">
          <EmptyResult
            title={t('patients.candidates.noneTitle')}
            description={
              // Nothing examined: what was typed (a family name alone) opens no block of the index.
              result.examined === 0 ? t('patients.candidates.notEnoughHint') : t('patients.candidates.noneHint')
            }
          >
            {createButton}
          </EmptyResult>
        </Card>
      ) : (
        <>
          <Stack gap="sm" style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 150ms' }}>
            {result.candidates.map((candidate) => {
              const mine = registration?.patientId === candidate.patient.id ? registration : undefined;
              return (
                <CandidateCard
                  key={candidate.patient.id}
                  candidate={candidate}
                  canRegister={canRegister}
                  canOpenAnyway={canOpenAnyway}
                  registering={mine?.pending ?? false}
                  registerError={mine?.error}
                  onRegister={(localId) => onRegister(candidate, localId)}
                  onOpen={() => onOpen(candidate)}
                />
              );
            })}
          </Stack>
          {createButton && (
            <Card withBorder padding="md" bg="var(--mantine-color-gray-0)">
              <Group justify="space-between" gap="sm" wrap="wrap">
                <Text size="sm">{t('patients.candidates.noneOfThese')}</Text>
                {createButton}
              </Group>
            </Card>
          )}
        </>
      )}
    </Stack>
  );
}
