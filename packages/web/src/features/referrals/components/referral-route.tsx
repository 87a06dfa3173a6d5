import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { Referral, ReferralEstablishment } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';

function Stop({ label, establishment }: { label: string; establishment: ReferralEstablishment }) {
  const language = useLanguage();
  return (
    <Stack gap={0} style={{ minWidth: 0 }}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600}>
        {localizedName(establishment, language)}
      </Text>
    </Stack>
  );
}

/** Where the patient goes: origin → destination (→ where the counter-referral returns, when it is another place). */
export function ReferralRoute({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDateTime } = useFormatters();
  // The arrow follows the reading direction.
  const arrow = <IconArrowRight size={18} aria-hidden style={language === 'ar' ? { transform: 'scaleX(-1)' } : {}} />;
  const returnsElsewhere = referral.returnEstablishment.id !== referral.origin.id;
  return (
    <Card withBorder padding="md" component="section" aria-label={t('referrals.page.route')}>
      <Stack gap="sm">
        <Group gap="md" wrap="wrap" align="center">
          <Stop label={t('referrals.page.origin')} establishment={referral.origin} />
          {arrow}
          <Stop label={t('referrals.page.destination')} establishment={referral.destination} />
          {returnsElsewhere && (
            <>
              {arrow}
              <Stop label={t('referrals.page.return')} establishment={referral.returnEstablishment} />
            </>
          )}
          {referral.inPathway ? (
            <Badge variant="light" color="blue">
              {referral.pathway
                ? t('referrals.destinations.rank', { rank: referral.pathway.rank })
                : t('referrals.page.inPathway')}
            </Badge>
          ) : (
            <Badge variant="light" color="orange">
              {t('referrals.destinations.offPathway')}
            </Badge>
          )}
        </Group>
        {referral.appointment && (
          <Text size="sm">
            {t(`referrals.appointment.${referral.appointment.mode}`, {
              date: formatDateTime(referral.appointment.startsAt),
            })}{' '}
            <Text span size="xs" c="dimmed">
              ({t(`referrals.appointmentStatus.${referral.appointment.status}`)})
            </Text>
          </Text>
        )}
      </Stack>
    </Card>
  );
}
