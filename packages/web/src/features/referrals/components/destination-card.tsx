import { Badge, Group, Radio, Stack, Text } from '@mantine/core';
import { IconBed, IconCalendarEvent, IconClock, IconMapPin, IconStack2 } from '@tabler/icons-react';
import type { ReferralDestinationOption } from '@tansiq/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { useRelativeAge } from './use-relative-age';

interface DestinationCardProps {
  option: ReferralDestinationOption;
  /** Show the beds line (always for an emergency). */
  showBeds: boolean;
}

function Fact({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <Group gap={4} wrap="nowrap">
      {icon}
      <Text size="xs">{children}</Text>
    </Group>
  );
}

/**
 * One destination the referral may go to, as a selectable card (inside a `Radio.Group`): its place in the pathway,
 * distance, earliest free slot, median wait, backlog, beds and why it is ranked there.
 */
export function DestinationCard({ option, showBeds }: DestinationCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDateTime, formatInteger } = useFormatters();
  const relativeAge = useRelativeAge();
  const iconSize = 14;
  // The pathway badge already says whether it is in the pathway.
  const reasons = option.reasons.filter((reason) => reason !== 'pathway_rank' && reason !== 'off_pathway');
  return (
    <Radio.Card value={option.establishment.id} radius="md" p="sm" data-testid="destination-card">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <Radio.Indicator mt={2} />
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600} size="sm">
              {localizedName(option.establishment, language)}
            </Text>
            {option.pathwayRank === null ? (
              <Badge color="orange" variant="light" size="sm">
                {t('referrals.destinations.offPathway')}
              </Badge>
            ) : (
              <Badge color="blue" variant="light" size="sm">
                {t('referrals.destinations.rank', { rank: option.pathwayRank })}
              </Badge>
            )}
            {option.recommended && (
              <Badge color="teal" variant="filled" size="sm">
                {t('referrals.destinations.recommended')}
              </Badge>
            )}
          </Group>
          <Group gap="md" wrap="wrap">
            <Fact icon={<IconMapPin size={iconSize} aria-hidden />}>
              {t('referrals.destinations.distance', { km: formatInteger(Math.round(option.distanceKm)) })}
            </Fact>
            <Fact icon={<IconCalendarEvent size={iconSize} aria-hidden />}>
              {option.earliestSlot
                ? t(`referrals.destinations.earliestSlot.${option.earliestSlot.mode}`, {
                    date: formatDateTime(option.earliestSlot.startsAt),
                  })
                : t('referrals.destinations.noSlot')}
            </Fact>
            <Fact icon={<IconClock size={iconSize} aria-hidden />}>
              {option.medianWaitDays === null
                ? t('referrals.destinations.waitUnknown')
                : t('referrals.destinations.medianWait', { count: Math.round(option.medianWaitDays) })}
            </Fact>
            <Fact icon={<IconStack2 size={iconSize} aria-hidden />}>
              {t('referrals.destinations.backlog', { count: option.backlog, formatted: formatInteger(option.backlog) })}
            </Fact>
            {(showBeds || option.beds) && (
              <Fact icon={<IconBed size={iconSize} aria-hidden />}>
                {option.beds
                  ? t('referrals.destinations.beds', {
                      count: option.beds.available,
                      updated: relativeAge(option.beds.updatedAt),
                    })
                  : t('referrals.destinations.bedsUnknown')}
              </Fact>
            )}
          </Group>
          {reasons.length > 0 && (
            <Group gap={4} wrap="wrap">
              {reasons.map((reason) => (
                <Badge key={reason} size="xs" variant="outline" color="gray" style={{ textTransform: 'none' }}>
                  {t(`referrals.destinations.reason.${reason}`)}
                </Badge>
              ))}
            </Group>
          )}
        </Stack>
      </Group>
    </Radio.Card>
  );
}
