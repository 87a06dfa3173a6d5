import { Alert, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { Referral } from '@tansiq/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Block({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </Stack>
  );
}

/**
 * What the referral says: reason and clinical summary (a masked note for the desk), the justification off the
 * pathway, a decline with its advice, a cancellation and the counter-referral report.
 */
export function ReferralContent({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const report = referral.counterReferral;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="referral-content-title">
      <Title order={2} size="h4" id="referral-content-title" mb="sm">
        {t('referrals.page.content')}
      </Title>
      <Stack gap="sm">
        {referral.redacted ? (
          <Group gap={6} wrap="nowrap">
            <IconLock size={16} aria-hidden />
            <Text size="sm" c="dimmed" fs="italic">
              {t('referrals.page.masked')}
            </Text>
          </Group>
        ) : (
          <>
            {referral.reason && <Block label={t('referrals.field.reason')}>{referral.reason}</Block>}
            {referral.clinicalSummary && (
              <Block label={t('referrals.field.clinicalSummary')}>{referral.clinicalSummary}</Block>
            )}
          </>
        )}
        {referral.offPathwayJustification && (
          <Block label={t('referrals.field.offPathwayJustification')}>{referral.offPathwayJustification}</Block>
        )}
        {referral.decline && (
          <Alert
            color="red"
            title={t('referrals.page.declined', { reason: t(`referrals.declineReason.${referral.decline.reason}`) })}
          >
            {referral.decline.advice && (
              <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                {referral.decline.advice}
              </Text>
            )}
          </Alert>
        )}
        {referral.cancelReason && (
          <Alert color="gray" title={t('referrals.page.cancelled')}>
            <Text size="sm" dir="auto">
              {referral.cancelReason}
            </Text>
          </Alert>
        )}
        {report && (
          <Stack gap="xs" component="section" aria-label={t('referrals.counterReferral.title')}>
            <Title order={3} size="h5">
              {t('referrals.counterReferral.title')}
            </Title>
            <Block label={t('referrals.counterReferral.findings')}>{report.findings}</Block>
            {(report.diagnosis || report.icd10Code) && (
              <Block label={t('referrals.counterReferral.diagnosis')}>
                {[
                  report.diagnosis,
                  report.icd10Code && `(${t('referrals.counterReferral.icd10', { code: report.icd10Code })})`,
                ]
                  .filter(Boolean)
                  .join(' ')}
              </Block>
            )}
            <Block label={t('referrals.counterReferral.treatment')}>{report.treatment}</Block>
            <Block label={t('referrals.counterReferral.recommendations')}>{report.recommendations}</Block>
            <Block label={t('referrals.counterReferral.followUp')}>{report.followUp}</Block>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
