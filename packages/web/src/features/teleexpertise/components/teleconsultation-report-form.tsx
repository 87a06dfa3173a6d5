import { Button, Card, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { teleconsultationReportInputSchema } from '@tansiq/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useTeleexpertiseWrites } from '../api/use-teleexpertise-writes';

interface TeleconsultationReportFormProps {
  teleexpertiseId: string;
  appointmentId: string;
}

/** The remote specialist's report: it goes to the patient's timeline as a teleconsultation. */
export function TeleconsultationReportForm({ teleexpertiseId, appointmentId }: TeleconsultationReportFormProps) {
  const { t } = useTranslation();
  const [findings, setFindings] = useState('');
  const [diagnosis, setDiagnosis] = useState('');
  const [icd10Code, setIcd10Code] = useState('');
  const [recommendations, setRecommendations] = useState('');
  const { report } = useTeleexpertiseWrites(teleexpertiseId);
  const { errors, validate } = useFieldErrors(report.error);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const input = validate(teleconsultationReportInputSchema, {
      findings,
      diagnosis: diagnosis.trim() || null,
      icd10Code: icd10Code.trim().toUpperCase() || null,
      recommendations,
    });
    if (input) {
      report.mutate({ appointmentId, input });
    }
  }

  return (
    <Card withBorder>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('teleexpertise.report.title')}
          </Title>
          <Textarea
            label={t('teleexpertise.report.findings')}
            value={findings}
            onChange={(event) => setFindings(event.currentTarget.value)}
            autosize
            minRows={3}
            error={errors.findings}
          />
          <TextInput
            label={t('teleexpertise.report.diagnosis')}
            value={diagnosis}
            onChange={(event) => setDiagnosis(event.currentTarget.value)}
            error={errors.diagnosis}
          />
          <TextInput
            label={t('teleexpertise.report.icd10')}
            value={icd10Code}
            onChange={(event) => setIcd10Code(event.currentTarget.value)}
            error={errors.icd10Code}
            maw={200}
          />
          <Textarea
            label={t('teleexpertise.report.recommendations')}
            value={recommendations}
            onChange={(event) => setRecommendations(event.currentTarget.value)}
            autosize
            minRows={3}
            error={errors.recommendations}
          />
          {report.isError && Object.keys(errors).length === 0 && <ErrorPanel error={report.error} />}
          <Button type="submit" loading={report.isPending} w="fit-content">
            {t('teleexpertise.report.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
