import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import type { EstablishmentWisn } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/describe-error';
import { usePutWisnWorkload } from '../api/use-wisn';

interface WisnWorkloadFormProps {
  gstId: string;
  data: EstablishmentWisn;
}

/**
 * Entered annual figures of the calculation's activities (vaccinations, school visits…, or a register the GST trusts
 * more than the platform's count). An empty field removes the entered figure, so the platform's count applies again.
 */
export function WisnWorkloadForm({ gstId, data }: WisnWorkloadFormProps) {
  const { t } = useTranslation();
  const save = usePutWisnWorkload();
  const [values, setValues] = useState<Record<string, number | ''>>(() =>
    Object.fromEntries(data.sources.map((source) => [source.activityCode, source.entered ?? ''])),
  );
  const labels = new Map(data.result?.activities.map((activity) => [activity.activityCode, activity.label]) ?? []);

  function handleSave() {
    save.mutate({
      gstId,
      establishmentId: data.establishment.id,
      year: data.year,
      entries: data.sources.map((source) => {
        const value = values[source.activityCode];
        return {
          activityCode: source.activityCode,
          annualWorkload: value === '' || value === undefined ? null : value,
        };
      }),
    });
  }

  if (data.sources.length === 0) {
    return null;
  }
  return (
    <Stack gap="xs">
      <Text size="sm">{t('wisn.workload.hint', { year: data.year })}</Text>
      <Group align="end">
        {data.sources.map((source) => (
          <NumberInput
            key={source.activityCode}
            label={labels.get(source.activityCode) ?? source.activityCode}
            description={
              source.platform === null
                ? t('wisn.workload.noPlatform')
                : t('wisn.workload.platform', { value: Math.round(source.platform) })
            }
            value={values[source.activityCode] ?? ''}
            min={0}
            allowNegative={false}
            onChange={(value) =>
              setValues((current) => ({ ...current, [source.activityCode]: typeof value === 'number' ? value : '' }))
            }
            w={220}
          />
        ))}
      </Group>
      {save.isError && <Alert color="red">{describeError(save.error, t)}</Alert>}
      <Group>
        <Button onClick={handleSave} loading={save.isPending}>
          {t('wisn.workload.save')}
        </Button>
        {save.isSuccess && <Text size="sm">{t('wisn.workload.saved')}</Text>}
      </Group>
    </Stack>
  );
}
