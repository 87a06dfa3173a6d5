import { Alert, Button, CopyButton, Stack, Text, Textarea } from '@mantine/core';
import type { ReferralPrefill } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';

/**
 * The referral an answer converts the request to. The web app has no referral form yet: the asker copies the prefilled
 * text; the API takes it as is on `POST /api/referrals` (with `sourceTeleexpertiseId`).
 */
export function ReferralPrefillCard({ prefill }: { prefill: ReferralPrefill }) {
  const { t } = useTranslation();
  return (
    <Alert color="indigo" title={t('teleexpertise.referral.title')}>
      <Stack gap="xs">
        <Text size="sm">{t('teleexpertise.referral.hint')}</Text>
        <Textarea label={t('teleexpertise.referral.reason')} value={prefill.reason} readOnly autosize />
        <Textarea
          label={t('teleexpertise.referral.summary')}
          value={prefill.clinicalSummary}
          readOnly
          autosize
          maxRows={10}
        />
        <CopyButton value={`${prefill.reason}\n\n${prefill.clinicalSummary}`}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy} w="fit-content">
              {copied ? t('teleexpertise.referral.copied') : t('teleexpertise.referral.copy')}
            </Button>
          )}
        </CopyButton>
      </Stack>
    </Alert>
  );
}
