import { SegmentedControl, Stack, Text } from '@mantine/core';
import { referralUrgencies, type ReferralUrgency } from '@tansiq/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const urgencyColors: Record<ReferralUrgency, string> = { routine: 'blue', urgent: 'orange', emergency: 'red' };

/** Routine, urgent or emergency; an emergency is always sent at once and shows the beds available. */
export function UrgencyControl({
  value,
  onChange,
}: {
  value: ReferralUrgency;
  onChange: (value: ReferralUrgency) => void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {t('referrals.field.urgency')}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        value={value}
        data={referralUrgencies.map((urgency) => ({ value: urgency, label: t(`referrals.urgency.${urgency}`) }))}
        onChange={(picked) => {
          const urgency = referralUrgencies.find((candidate) => candidate === picked);
          if (urgency) {
            onChange(urgency);
          }
        }}
        color={urgencyColors[value]}
        style={{ alignSelf: 'flex-start' }}
      />
      {value === 'emergency' && (
        <Text size="xs" c="red">
          {t('referrals.form.emergencyHint')}
        </Text>
      )}
    </Stack>
  );
}
