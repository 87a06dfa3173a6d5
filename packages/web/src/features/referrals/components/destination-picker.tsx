import { Alert, Radio, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReferralUrgency } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../../components/error-panel';
import { PageLoader } from '../../../components/page-loader';
import { useReferralDestinations } from '../api/use-referral-destinations';
import { DestinationCard } from './destination-card';

interface DestinationPickerProps {
  originEstablishmentId: string | null;
  specialtyCode: string | null;
  urgency: ReferralUrgency;
  value: string | null;
  error?: string | undefined;
  /** Establishments not to offer (e.g. the current destination when redirecting). */
  exclude?: readonly string[];
  onChange: (establishmentId: string, inPathway: boolean) => void;
}

/** The ranked destinations of a referral as selectable cards, with the pathway's tele-expertise-first hint. */
export function DestinationPicker(props: DestinationPickerProps) {
  const { t } = useTranslation();
  const destinations = useReferralDestinations(props.originEstablishmentId, props.specialtyCode, props.urgency);
  if (props.originEstablishmentId === null || props.specialtyCode === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('referrals.destinations.chooseFirst')}
      </Text>
    );
  }
  if (destinations.isPending) {
    return <PageLoader />;
  }
  if (destinations.isError) {
    return <ErrorPanel error={destinations.error} onRetry={() => void destinations.refetch()} />;
  }
  const exclude = props.exclude ?? [];
  const options = destinations.data.options.filter((option) => !exclude.includes(option.establishment.id));
  const { pathway } = destinations.data;
  return (
    <Stack gap="xs">
      {pathway?.teleexpertiseFirst && (
        <Alert color="cyan" variant="light" icon={<IconInfoCircle size={18} />}>
          {t('referrals.destinations.teleexpertiseFirst')}
        </Alert>
      )}
      {pathway === null && (
        <Text size="xs" c="dimmed">
          {t('referrals.destinations.noPathway')}
        </Text>
      )}
      {options.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('referrals.destinations.none')}
        </Text>
      ) : (
        <Radio.Group
          label={t('referrals.field.destination')}
          withAsterisk
          value={props.value}
          error={props.error}
          onChange={(value) => {
            const option = options.find((candidate) => candidate.establishment.id === value);
            if (option) {
              props.onChange(value, option.pathwayRank !== null);
            }
          }}
        >
          <Stack gap="xs" mt="xs">
            {options.map((option) => (
              <DestinationCard key={option.establishment.id} option={option} showBeds={props.urgency === 'emergency'} />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}
