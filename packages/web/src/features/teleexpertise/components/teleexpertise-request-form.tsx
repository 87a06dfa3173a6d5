import { Button, Select, Stack, Textarea } from '@mantine/core';
import { createTeleexpertiseInputSchema, specialties } from '@tansiq/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useTeleexpertiseDestinations } from '../api/use-teleexpertise';
import { useAskTeleexpertise } from '../api/use-teleexpertise-writes';
import { useTeleexpertiseLabels } from './use-teleexpertise-labels';

interface TeleexpertiseRequestFormProps {
  patientId: string;
  gstId: string;
  /** The establishments where the clinician works, to ask from. */
  origins: { value: string; label: string }[];
  onCreated: (id: string) => void;
}

/**
 * The question to the specialists: from one of the clinician's establishments, a specialty, a destination among the
 * services that answer tele-expertise (and the regional pools), and the clinical question.
 */
export function TeleexpertiseRequestForm({ patientId, gstId, origins, onCreated }: TeleexpertiseRequestFormProps) {
  const { t } = useTranslation();
  const { specialtyName, placeName } = useTeleexpertiseLabels();
  const [originId, setOriginId] = useState<string | null>(origins[0]?.value ?? null);
  const [specialtyCode, setSpecialtyCode] = useState<string | null>(null);
  const [destinationId, setDestinationId] = useState<string | null>(null);
  const [question, setQuestion] = useState('');
  const destinations = useTeleexpertiseDestinations(gstId, specialtyCode, originId);
  const ask = useAskTeleexpertise();
  const { errors, validate } = useFieldErrors(ask.error);

  const destinationOptions = (destinations.data ?? []).map((item) => ({
    value: item.establishment.id,
    label: ['CHU', 'CHR'].includes(item.establishment.type)
      ? `${placeName(item.establishment)} (${t('teleexpertise.form.pool')})`
      : placeName(item.establishment),
  }));

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const input = validate(createTeleexpertiseInputSchema, {
      patientId,
      originEstablishmentId: originId,
      specialtyCode,
      destinationEstablishmentId: destinationId,
      question,
    });
    if (input) {
      ask.mutate(input, { onSuccess: (created) => onCreated(created.id) });
    }
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm" maw={720}>
        <Select
          label={t('teleexpertise.form.origin')}
          data={origins}
          value={originId}
          onChange={setOriginId}
          error={errors.originEstablishmentId}
          allowDeselect={false}
        />
        <Select
          label={t('teleexpertise.form.specialty')}
          data={specialties
            .map((specialty) => ({ value: specialty.code, label: specialtyName(specialty.code) }))
            .sort((a, b) => a.label.localeCompare(b.label))}
          value={specialtyCode}
          onChange={(value) => {
            setSpecialtyCode(value);
            setDestinationId(null);
          }}
          searchable
          error={errors.specialtyCode}
        />
        <Select
          label={t('teleexpertise.form.destination')}
          description={t('teleexpertise.form.destinationHint')}
          data={destinationOptions}
          value={destinationId}
          onChange={setDestinationId}
          disabled={specialtyCode === null}
          nothingFoundMessage={t('teleexpertise.form.noDestination')}
          placeholder={
            specialtyCode !== null && destinations.isSuccess && destinationOptions.length === 0
              ? t('teleexpertise.form.noDestination')
              : undefined
          }
          error={errors.destinationEstablishmentId}
        />
        <Textarea
          label={t('teleexpertise.form.question')}
          description={t('teleexpertise.form.questionHint')}
          value={question}
          onChange={(event) => setQuestion(event.currentTarget.value)}
          autosize
          minRows={5}
          error={errors.question}
        />
        {ask.isError && Object.keys(errors).length === 0 && <ErrorPanel error={ask.error} />}
        <Button type="submit" loading={ask.isPending} w="fit-content">
          {t('teleexpertise.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}
