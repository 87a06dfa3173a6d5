import { Card, FileInput, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** What the clinician writes: reason, clinical summary and the files to attach. */
export interface ClinicalContent {
  reason: string;
  clinicalSummary: string;
  files: File[];
}

interface ClinicalContentCardProps {
  value: ClinicalContent;
  errors: Record<string, string>;
  onChange: (value: ClinicalContent) => void;
}

const acceptedFiles = 'application/pdf,image/jpeg,image/png';

/** The clinical part of the referral form. Free text may be French or Arabic: each field follows its own text. */
export function ClinicalContentCard({ value, errors, onChange }: ClinicalContentCardProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('referrals.form.clinical')}
        </Title>
        <TextInput
          dir="auto"
          label={t('referrals.field.reason')}
          withAsterisk
          value={value.reason}
          error={errors.reason}
          onChange={(event) => onChange({ ...value, reason: event.currentTarget.value })}
        />
        <Textarea
          dir="auto"
          label={t('referrals.field.clinicalSummary')}
          description={t('referrals.form.summaryHint')}
          withAsterisk
          autosize
          minRows={4}
          value={value.clinicalSummary}
          error={errors.clinicalSummary}
          onChange={(event) => onChange({ ...value, clinicalSummary: event.currentTarget.value })}
        />
        <FileInput
          label={t('referrals.field.attachments')}
          description={t('referrals.attachments.hint')}
          placeholder={t('referrals.attachments.choose')}
          leftSection={<IconPaperclip size={16} />}
          multiple
          clearable
          accept={acceptedFiles}
          value={value.files}
          onChange={(files) => onChange({ ...value, files })}
        />
      </Stack>
    </Card>
  );
}
