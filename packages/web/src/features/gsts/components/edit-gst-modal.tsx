import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { updateGstInputSchema, type Gst } from '@tansiq/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { useFieldErrors } from '../../../lib/use-field-errors';
import { useUpdateGst } from '../api/use-update-gst';

interface EditGstModalProps {
  gst: Gst;
  onClose: () => void;
}

/** The national decision on one GST: when it started operating, and its data-protection references. */
export function EditGstModal({ gst, onClose }: EditGstModalProps) {
  const { t } = useTranslation();
  const update = useUpdateGst();
  const [values, setValues] = useState({
    status: gst.status,
    operationalSince: gst.operationalSince ?? '',
    cndpAuthorisation: gst.settings.cndpAuthorisation ?? '',
    dataProtectionContact: gst.settings.dataProtectionContact ?? '',
    teleconsultationLinkTemplate: gst.settings.teleconsultationLinkTemplate ?? '',
  });
  const { errors, serverIssues, validate } = useFieldErrors(update.error);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = validate(updateGstInputSchema, {
      status: values.status,
      operationalSince: values.operationalSince === '' ? null : values.operationalSince,
      settings: {
        ...gst.settings,
        cndpAuthorisation: values.cndpAuthorisation === '' ? null : values.cndpAuthorisation,
        dataProtectionContact: values.dataProtectionContact === '' ? null : values.dataProtectionContact,
        teleconsultationLinkTemplate:
          values.teleconsultationLinkTemplate === '' ? null : values.teleconsultationLinkTemplate,
      },
    });
    if (input) {
      update.mutate({ gstId: gst.id, input }, { onSuccess: onClose });
    }
  }

  return (
    <Modal opened onClose={onClose} title={t('gsts.editTitle', { name: gst.nameFr })} size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          {update.error && serverIssues.length === 0 && <ErrorPanel error={update.error} />}
          <Select
            label={t('gsts.status')}
            data={[
              { value: 'planned', label: t('gsts.statuses.planned') },
              { value: 'operational', label: t('gsts.statuses.operational') },
            ]}
            value={values.status}
            allowDeselect={false}
            onChange={(status) =>
              setValues({ ...values, status: status === 'operational' ? 'operational' : 'planned' })
            }
          />
          <TextInput
            type="date"
            label={t('gsts.operationalSince')}
            value={values.operationalSince}
            error={errors.operationalSince}
            onChange={(event) => setValues({ ...values, operationalSince: event.currentTarget.value })}
          />
          <TextInput
            label={t('gsts.cndpAuthorisation')}
            description={t('gsts.cndpHelp')}
            value={values.cndpAuthorisation}
            error={errors['settings.cndpAuthorisation']}
            onChange={(event) => setValues({ ...values, cndpAuthorisation: event.currentTarget.value })}
          />
          <TextInput
            label={t('gsts.dataProtectionContact')}
            value={values.dataProtectionContact}
            error={errors['settings.dataProtectionContact']}
            onChange={(event) => setValues({ ...values, dataProtectionContact: event.currentTarget.value })}
          />
          <TextInput
            label={t('gsts.teleconsultationLinkTemplate')}
            description={t('gsts.teleconsultationLinkHelp')}
            placeholder="https://visio.example.ma/{room}"
            value={values.teleconsultationLinkTemplate}
            error={errors['settings.teleconsultationLinkTemplate']}
            onChange={(event) => setValues({ ...values, teleconsultationLinkTemplate: event.currentTarget.value })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
