import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconDeviceFloppy, IconRefresh } from '@tabler/icons-react';
import {
  diffDemographics,
  patientDemographicsSchema,
  toDemographics,
  updatePatientInputSchema,
  type PatientRecord,
} from '@tansiq/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { isApiError } from '../../../lib/api-error';
import { useUpdatePatient } from '../api/use-update-patient';
import { toDemographicsCandidate, toPatientFormValues, type PatientFormValues } from './patient-form-values';
import { PatientFields } from './patient-fields';
import { usePatientFieldErrors } from './use-patient-field-errors';

interface EditPatientModalProps {
  record: PatientRecord;
  regionCode: string;
  opened: boolean;
  onClose: () => void;
  /** After a 409: load the current version again (the form then starts from it). */
  onReload: () => void;
}

/** Corrects the patient's identity; only the fields changed are sent, with the version read. */
export function EditPatientModal({ record, regionCode, opened, onClose, onReload }: EditPatientModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('patients.edit.title')} size="xl">
      {/* Keyed by version: after a reload the form starts again from the current record. */}
      <EditPatientForm
        key={record.version}
        record={record}
        regionCode={regionCode}
        onClose={onClose}
        onReload={onReload}
      />
    </Modal>
  );
}

function EditPatientForm({ record, regionCode, onClose, onReload }: Omit<EditPatientModalProps, 'opened'>) {
  const { t } = useTranslation();
  const update = useUpdatePatient(record.id);
  const [values, setValues] = useState<PatientFormValues>(() => toPatientFormValues(record));
  const [nothingChanged, setNothingChanged] = useState(false);
  const { errors, validate } = usePatientFieldErrors(update.error);
  const stale = isApiError(update.error) && update.error.status === 409 && update.error.issues.length === 0;
  const otherError = update.error && !stale && !(isApiError(update.error) && update.error.issues.length > 0);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.reset();
    const { candidate, issues } = toDemographicsCandidate(values, []);
    const demographics = validate(patientDemographicsSchema, candidate, issues);
    if (!demographics) {
      return;
    }
    const changes = diffDemographics(toDemographics(record), demographics);
    setNothingChanged(changes.length === 0);
    if (changes.length === 0) {
      return;
    }
    const input = updatePatientInputSchema.parse({
      version: record.version,
      ...Object.fromEntries(changes.map((change) => [change.field, change.after])),
    });
    update.mutate(input, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('patients.edit.saved') });
        onClose();
      },
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t('patients.edit.title')}>
      <Stack gap="md">
        {stale && (
          <Alert color="orange" icon={<IconAlertCircle size={18} />} title={t('form.conflictTitle')} role="alert">
            <Stack gap="xs" align="flex-start">
              {t('patients.edit.conflict')}
              <Button
                size="xs"
                variant="light"
                color="orange"
                leftSection={<IconRefresh size={14} />}
                onClick={onReload}
              >
                {t('form.reload')}
              </Button>
            </Stack>
          </Alert>
        )}
        {Object.keys(errors).length > 0 && (
          <Alert color="red" icon={<IconAlertCircle size={18} />} role="alert">
            {t('form.fixErrors')}
          </Alert>
        )}
        {otherError && <ErrorPanel error={update.error} />}
        {nothingChanged && <Alert color="blue">{t('form.nothingChanged')}</Alert>}
        <PatientFields
          gstId={record.gstId}
          regionCode={regionCode}
          values={values}
          errors={errors}
          errorPrefix=""
          withVitalStatus
          onChange={(change) => {
            setValues((current) => ({ ...current, ...change }));
            setNothingChanged(false);
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} leftSection={<IconDeviceFloppy size={18} />}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
