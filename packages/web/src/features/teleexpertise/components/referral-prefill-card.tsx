import { Alert, Button, CopyButton, Group, Stack, Text, Textarea } from '@mantine/core';
import type { ReferralPrefill } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/button-link';

/**
 * The referral an answer converts the request to: the asker opens the referral form prefilled with it (origin,
 * specialty, reason, summary; the destination is chosen among the ranked ones), or copies the text.
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
        <Group gap="xs">
          <ButtonLink
            size="xs"
            to="/referrals/new"
            search={{ patientId: prefill.patientId, fromTeleexpertise: prefill.sourceTeleexpertiseId }}
          >
            {t('teleexpertise.referral.openForm')}
          </ButtonLink>
          <CopyButton value={`${prefill.reason}\n\n${prefill.clinicalSummary}`}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy} w="fit-content">
                {copied ? t('teleexpertise.referral.copied') : t('teleexpertise.referral.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
