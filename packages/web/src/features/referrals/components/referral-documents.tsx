import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileTypePdf, IconPaperclip, IconPrinter } from '@tabler/icons-react';
import type { Locale, Referral } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { referralAttachmentUrl, referralLetterUrl, type ReferralLetterKind } from '../api/referral-documents';

const letterLanguages: readonly Locale[] = ['fr', 'ar'];

/** The letters this user may print now: the desk (masked view) only the appointment letter. */
function printableLetters(referral: Referral): ReferralLetterKind[] {
  const letters: ReferralLetterKind[] = [];
  if (!referral.redacted) {
    letters.push('referral');
  }
  if (referral.appointment && referral.appointment.status !== 'cancelled') {
    letters.push('appointment');
  }
  if (!referral.redacted && referral.counterReferral) {
    letters.push('counter_referral');
  }
  return letters;
}

/** Letters to print (PDF, in French or Arabic) and the attached files (clinicians only). */
export function ReferralDocuments({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const { formatInteger, formatDecimal } = useFormatters();
  const formatSize = (bytes: number) =>
    bytes < 1024 * 1024
      ? t('referrals.attachments.sizeKb', { size: formatInteger(Math.ceil(bytes / 1024)) })
      : t('referrals.attachments.sizeMb', { size: formatDecimal(bytes / 1024 / 1024) });
  const letters = printableLetters(referral);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="referral-documents-title">
      <Title order={2} size="h4" id="referral-documents-title" mb="sm">
        {t('referrals.page.documents')}
      </Title>
      <Stack gap="sm">
        {letters.length === 0 && referral.redacted && (
          <Text size="sm" c="dimmed">
            {t('referrals.letter.none')}
          </Text>
        )}
        {letters.map((kind) => (
          <Group key={kind} gap="xs" wrap="wrap">
            <IconPrinter size={16} aria-hidden />
            <Text size="sm" style={{ flex: '1 1 140px' }}>
              {t(`referrals.letter.${kind}`)}
            </Text>
            {letterLanguages.map((language) => (
              <Button
                key={language}
                component="a"
                href={referralLetterUrl(referral.id, kind, language)}
                target="_blank"
                rel="noopener"
                size="compact-sm"
                variant="light"
                aria-label={t('referrals.letter.print', {
                  letter: t(`referrals.letter.${kind}`),
                  language: t(`referrals.letter.language.${language}`),
                })}
              >
                {language.toUpperCase()}
              </Button>
            ))}
          </Group>
        ))}
        {!referral.redacted && (
          <Stack gap={4}>
            <Text size="xs" c="dimmed" fw={600}>
              {t('referrals.field.attachments')}
            </Text>
            {referral.attachments.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('referrals.attachments.none')}
              </Text>
            ) : (
              referral.attachments.map((attachment) => (
                <Group key={attachment.id} gap={6} wrap="nowrap">
                  {attachment.mediaType === 'application/pdf' ? (
                    <IconFileTypePdf size={16} aria-hidden />
                  ) : (
                    <IconPaperclip size={16} aria-hidden />
                  )}
                  <Anchor
                    href={referralAttachmentUrl(referral.id, attachment.id)}
                    target="_blank"
                    rel="noopener"
                    size="sm"
                  >
                    {attachment.fileName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {formatSize(attachment.sizeBytes)}
                  </Text>
                </Group>
              ))
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
