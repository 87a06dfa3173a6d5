import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconFolderOpen, IconUserCheck } from '@tabler/icons-react';
import { formatRegionalPatientId, type PatientCandidate } from '@tansiq/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DemoBadge } from '../../../components/demo-badge';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { bandColors, MatchBandBadge, ProbabilityBar } from './match-band';
import { arabicName, latinName } from './patient-names';
import { ReasonChips } from './reason-chips';
import { RegisterHereForm } from './register-here-form';
import { useBirthDateLabel } from './use-birth-date-label';

export interface CandidateCardProps {
  candidate: PatientCandidate;
  /** The user registers patients at the desk's establishment (offers "register here"). */
  canRegister: boolean;
  /** The user may open any record of the GST (identity management), registered here or not. */
  canOpenAnyway: boolean;
  /** The registration of this candidate is being sent. */
  registering: boolean;
  /** Why the registration of this candidate failed (e.g. the local number is taken), translated. */
  registerError?: string | undefined;
  onRegister: (localId: string | null) => void;
  onOpen: () => void;
}

/**
 * One candidate of a search: band, probability, the person's identity in both scripts, where they are registered,
 * why they matched, and what the desk can do: register them here (with the local number) or open the record.
 */
export function CandidateCard(props: CandidateCardProps) {
  const { candidate, canRegister, canOpenAnyway, registering, registerError, onRegister, onOpen } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const birthDateLabel = useBirthDateLabel();
  const titleId = useId();
  const [askingLocalId, setAskingLocalId] = useState(false);
  const { patient, band } = candidate;
  const latin = latinName(patient);
  const arabic = arabicName(patient);
  const commune =
    patient.communeNameFr === null
      ? null
      : localizedName({ nameFr: patient.communeNameFr, nameAr: patient.communeNameAr }, language);

  return (
    <Card
      withBorder
      padding="sm"
      component="article"
      aria-labelledby={titleId}
      style={{ borderInlineStart: `4px solid var(--mantine-color-${bandColors[band]}-6)` }}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Group gap="sm" align="flex-start" wrap="nowrap" style={{ minWidth: 0, flex: '1 1 320px' }}>
            <MatchBandBadge band={band} />
            <Stack gap={0} style={{ minWidth: 0 }} id={titleId}>
              {/* Each name is isolated in its own script; the lines follow the page's direction. */}
              {latin !== '' && (
                <Text fw={700}>
                  <bdi lang="fr">{latin}</bdi>
                </Text>
              )}
              {arabic !== '' && (
                <Text fw={latin === '' ? 700 : 500}>
                  <bdi lang="ar">{arabic}</bdi>
                </Text>
              )}
            </Stack>
          </Group>
          <div style={{ flex: '0 1 220px' }}>
            <ProbabilityBar probability={candidate.probability} band={band} />
          </div>
        </Group>

        <Group gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('patients.field.regionalId')}{' '}
            <Text span dir="ltr" c="var(--mantine-color-text)" ff="monospace">
              {formatRegionalPatientId(patient.regionalId)}
            </Text>
          </Text>
          <Text size="sm">· {birthDateLabel(patient.birthDate)}</Text>
          <Text size="sm">· {t(`patients.sex.${patient.sex}`)}</Text>
          {commune && <Text size="sm">· {commune}</Text>}
          {patient.cin && (
            <Text size="sm">
              · {t('patients.field.cin')} <span dir="ltr">{patient.cin}</span>
            </Text>
          )}
          {patient.fatherGivenName && (
            <Text size="sm">
              · {t('patients.candidate.fatherOf', { name: patient.fatherGivenName, context: patient.sex })}
            </Text>
          )}
          {patient.vitalStatus === 'deceased' && (
            <Badge color="dark" variant="light" size="sm">
              {t('patients.vitalStatus.deceased')}
            </Badge>
          )}
          {patient.isDemo && <DemoBadge kind="demo" />}
        </Group>

        <Group gap="xs" wrap="wrap">
          <Text size="sm" c="dimmed">
            {candidate.registeredAt.length === 0
              ? t('patients.candidate.registeredNowhere')
              : t('patients.candidate.registeredAt')}
          </Text>
          {candidate.registeredAt.map((registration) => (
            <Text size="sm" key={`${registration.establishmentId}-${registration.localId ?? ''}`}>
              {registration.nameFr}
              {registration.localId && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  <bdi>({t('patients.candidate.localId', { localId: registration.localId })})</bdi>
                </Text>
              )}
            </Text>
          ))}
          {candidate.registeredHere && (
            <Badge color="teal" variant="light" leftSection={<IconUserCheck size={12} aria-hidden />}>
              {t('patients.candidate.registeredHere')}
            </Badge>
          )}
        </Group>

        <ReasonChips reasons={candidate.reasons} />

        {askingLocalId ? (
          <RegisterHereForm
            registering={registering}
            error={registerError}
            onSubmit={onRegister}
            onCancel={() => setAskingLocalId(false)}
          />
        ) : (
          <Group gap="xs" justify="flex-end">
            {candidate.registeredHere || (!canRegister && canOpenAnyway) ? (
              <Button
                size="xs"
                variant={candidate.registeredHere ? 'filled' : 'light'}
                leftSection={<IconFolderOpen size={14} />}
                onClick={onOpen}
              >
                {t('patients.candidate.open')}
              </Button>
            ) : (
              canRegister && (
                <Button size="xs" leftSection={<IconUserCheck size={14} />} onClick={() => setAskingLocalId(true)}>
                  {t('patients.candidate.registerHere')}
                </Button>
              )
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
