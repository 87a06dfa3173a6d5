import { Stack, Table, Text } from '@mantine/core';
import type { ReferralSummary } from '@tansiq/domain';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/anchor-link';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { ReferralStatusBadge, UrgencyBadge } from './referral-status-badge';
import { specialtyName } from './specialty-name';
import { TimerBadges } from './timer-badges';

/** A worklist: one row per referral; the number links to it and a click on the row opens it. */
export function ReferralTable({ referrals }: { referrals: readonly ReferralSummary[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDateTime } = useFormatters();
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('referrals.column.number')}</Table.Th>
            <Table.Th>{t('referrals.column.patient')}</Table.Th>
            <Table.Th>{t('referrals.column.specialty')}</Table.Th>
            <Table.Th>{t('referrals.column.route')}</Table.Th>
            {/* Room for the status and timer badges, which would otherwise be cut. */}
            <Table.Th style={{ minWidth: 190 }}>{t('referrals.column.status')}</Table.Th>
            <Table.Th>{t('referrals.column.appointment')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {referrals.map((referral) => (
            <Table.Tr
              key={referral.id}
              style={{ cursor: 'pointer' }}
              onClick={() => void navigate({ to: '/referrals/$referralId', params: { referralId: referral.id } })}
            >
              <Table.Td>
                <Stack gap={2} align="flex-start">
                  <AnchorLink
                    to="/referrals/$referralId"
                    params={{ referralId: referral.id }}
                    size="sm"
                    fw={600}
                    dir="ltr"
                    style={{ whiteSpace: 'nowrap' }}
                    onClick={(event) => event.stopPropagation()}
                  >
                    {referral.number}
                  </AnchorLink>
                  {referral.urgency !== 'routine' && <UrgencyBadge urgency={referral.urgency} />}
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{referral.patient.displayName}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{specialtyName(referral.specialtyCode, language)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs">{localizedName(referral.origin, language)}</Text>
                <Text size="xs" c="dimmed">
                  {language === 'ar' ? '←' : '→'} {localizedName(referral.destination, language)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <ReferralStatusBadge status={referral.status} />
                  <TimerBadges timers={referral.timers} />
                </Stack>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{referral.appointment ? formatDateTime(referral.appointment.startsAt) : '—'}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
