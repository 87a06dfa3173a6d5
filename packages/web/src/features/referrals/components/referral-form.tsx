import { Alert, Button, Card, Group, Select, Stack, Textarea, Title } from '@mantine/core';
import { IconDeviceFloppy, IconSend } from '@tabler/icons-react';
import {
  createReferralInputSchema,
  specialties,
  type FieldIssue,
  type Referral,
  type ReferralPrefill,
  type ReferralUrgency,
} from '@tansiq/domain';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth';
import { describeError } from '../../../lib/describe-error';
import { isApiError } from '../../../lib/api-error';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { useCreateReferral } from '../api/use-create-referral';
import { AttachmentUploads } from './attachment-uploads';
import { ClinicalContentCard, type ClinicalContent } from './clinical-content-card';
import { DestinationPicker } from './destination-picker';
import { newIdempotencyKey } from '../../patients';
import { referralOrigins } from './referral-establishments';
import { UrgencyControl } from './urgency-control';
import { useReferralFieldErrors } from './use-referral-field-errors';

interface ReferralFormProps {
  patientId: string;
  /** The content a tele-expertise answer converts into a referral (origin, specialty, reason, summary, source). */
  prefill?: ReferralPrefill | undefined;
  /** Called once the referral exists and its files are uploaded (or the user goes on despite a failed file). */
  onCreated: (referral: Referral) => void;
}

/**
 * The referral form: from which of the user's establishments, to which specialty, how urgent, then where (ranked
 * destinations), why (justification off the pathway), the clinical content and files. One idempotency key per form,
 * so a double click or a retry creates one referral.
 */
export function ReferralForm({ patientId, prefill, onCreated }: ReferralFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { me, actor, gst } = useSession();
  const origins = referralOrigins(me, actor, gst.id);
  const create = useCreateReferral();
  const { errors, validate, clearIssues } = useReferralFieldErrors(create.error);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [originEstablishmentId, setOrigin] = useState<string | null>(
    prefill?.originEstablishmentId ?? (origins.length === 1 ? (origins[0]?.id ?? null) : null),
  );
  const [specialtyCode, setSpecialty] = useState<string | null>(prefill?.specialtyCode ?? null);
  const [urgency, setUrgency] = useState<ReferralUrgency>('routine');
  const [destination, setDestination] = useState<{ id: string; inPathway: boolean } | null>(null);
  const [justification, setJustification] = useState('');
  const [content, setContent] = useState<ClinicalContent>({
    reason: prefill?.reason ?? '',
    clinicalSummary: prefill?.clinicalSummary ?? '',
    files: [],
  });
  const { files } = content;
  const [created, setCreated] = useState<Referral | null>(null);

  const specialtyOptions = useMemo(
    () =>
      specialties
        .map((specialty) => ({ value: specialty.code, label: localizedName(specialty, language) }))
        .sort((a, b) => a.label.localeCompare(b.label, language)),
    [language],
  );

  function handleSubmit(send: boolean) {
    const offPathway = destination !== null && !destination.inPathway;
    const extra: FieldIssue[] =
      offPathway && justification.trim() === ''
        ? [{ path: ['offPathwayJustification'], message: 'referrals.validation.justificationRequired' }]
        : [];
    const input = validate(
      createReferralInputSchema,
      {
        patientId,
        originEstablishmentId: originEstablishmentId ?? '',
        specialtyCode: specialtyCode ?? '',
        urgency,
        destinationEstablishmentId: destination?.id ?? '',
        reason: content.reason,
        clinicalSummary: content.clinicalSummary,
        offPathwayJustification: offPathway ? justification : null,
        // An emergency transfer is always sent.
        send: send || urgency === 'emergency',
        sourceTeleexpertiseId: prefill?.sourceTeleexpertiseId ?? null,
      },
      extra,
    );
    if (!input) {
      return;
    }
    create.mutate(
      { input, idempotencyKey },
      {
        onSuccess: (referral) => {
          if (files.length === 0) {
            onCreated(referral);
          } else {
            setCreated(referral);
          }
        },
      },
    );
  }

  function handleFormSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    handleSubmit(true);
  }

  // A change of origin, specialty or urgency changes the ranking: choose the destination again.
  const resetDestination = () => {
    setDestination(null);
    clearIssues();
  };

  if (created) {
    return (
      <Card withBorder padding="md">
        <Alert color="teal" mb="sm">
          {t(created.status === 'draft' ? 'referrals.form.savedDraft' : 'referrals.form.sent', {
            number: created.number,
          })}
        </Alert>
        <AttachmentUploads referralId={created.id} files={files} onDone={() => onCreated(created)} />
      </Card>
    );
  }

  const generalError = isApiError(create.error) && create.error.issues.length === 0 ? create.error : null;
  return (
    <form onSubmit={handleFormSubmit} noValidate aria-label={t('referrals.form.title')}>
      <Stack gap="md">
        {origins.length === 0 && <Alert color="orange">{t('referrals.form.noOrigin')}</Alert>}
        <Card withBorder padding="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('referrals.form.where')}
            </Title>
            <Group grow align="flex-start" wrap="wrap">
              <Select
                label={t('referrals.field.origin')}
                withAsterisk
                data={origins.map((origin) => ({ value: origin.id, label: origin.name }))}
                value={originEstablishmentId}
                error={errors.originEstablishmentId}
                onChange={(value) => {
                  setOrigin(value);
                  resetDestination();
                }}
                style={{ minWidth: 220 }}
              />
              <Select
                label={t('referrals.field.specialty')}
                withAsterisk
                searchable
                nothingFoundMessage={t('referrals.form.noSpecialty')}
                data={specialtyOptions}
                value={specialtyCode}
                error={errors.specialtyCode}
                onChange={(value) => {
                  setSpecialty(value);
                  resetDestination();
                }}
                style={{ minWidth: 220 }}
              />
            </Group>
            <UrgencyControl
              value={urgency}
              onChange={(value) => {
                setUrgency(value);
                resetDestination();
              }}
            />
            <DestinationPicker
              originEstablishmentId={originEstablishmentId}
              specialtyCode={specialtyCode}
              urgency={urgency}
              value={destination?.id ?? null}
              error={errors.destinationEstablishmentId}
              onChange={(id, inPathway) => setDestination({ id, inPathway })}
            />
            {destination && !destination.inPathway && (
              <Textarea
                dir="auto"
                label={t('referrals.field.offPathwayJustification')}
                description={t('referrals.form.justificationHint')}
                withAsterisk
                autosize
                minRows={2}
                value={justification}
                error={errors.offPathwayJustification}
                onChange={(event) => setJustification(event.currentTarget.value)}
              />
            )}
          </Stack>
        </Card>
        <ClinicalContentCard value={content} errors={errors} onChange={setContent} />
        {generalError && (
          <Alert color="red" role="alert">
            {describeError(generalError, t)}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          {urgency !== 'emergency' && (
            <Button
              variant="default"
              leftSection={<IconDeviceFloppy size={16} />}
              loading={create.isPending}
              onClick={() => handleSubmit(false)}
            >
              {t('referrals.form.saveDraft')}
            </Button>
          )}
          <Button
            type="submit"
            color={urgency === 'emergency' ? 'red' : undefined}
            leftSection={<IconSend size={16} />}
            loading={create.isPending}
            disabled={origins.length === 0}
          >
            {t('referrals.form.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
