import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth';
import { uploadAttachment } from '../api/upload-attachment';
import { describeReferralError } from './describe-referral-error';

interface AttachmentUploadsProps {
  referralId: string;
  files: readonly File[];
  /** Called when every file is uploaded, or when the user goes on despite failures. */
  onDone: () => void;
}

type UploadState = { state: 'waiting' | 'uploading' | 'done'; progress: number } | { state: 'failed'; error: string };

/** Uploads the files chosen in the form to the new referral, one after the other, with progress and errors per file. */
export function AttachmentUploads({ referralId, files, onDone }: AttachmentUploadsProps) {
  const { t } = useTranslation();
  const { me } = useSession();
  const [states, setStates] = useState<UploadState[]>(() => files.map(() => ({ state: 'waiting', progress: 0 })));
  const started = useRef(false);
  const finished = states.every((upload) => upload.state === 'done' || upload.state === 'failed');
  const failed = states.some((upload) => upload.state === 'failed');

  useEffect(() => {
    if (started.current) {
      return;
    }
    started.current = true;
    const update = (index: number, state: UploadState) =>
      setStates((current) => current.map((upload, at) => (at === index ? state : upload)));
    void (async () => {
      for (const [index, file] of files.entries()) {
        update(index, { state: 'uploading', progress: 0 });
        try {
          await uploadAttachment(referralId, file, me.csrfToken, (progress) =>
            update(index, { state: 'uploading', progress }),
          );
          update(index, { state: 'done', progress: 1 });
        } catch (error) {
          update(index, { state: 'failed', error: describeReferralError(error, t) });
        }
      }
    })();
  }, [files, me.csrfToken, referralId, t]);

  useEffect(() => {
    if (finished && !failed) {
      onDone();
    }
  }, [failed, finished, onDone]);

  return (
    <Stack gap="xs" aria-label={t('referrals.attachments.uploading')} component="section">
      <Text size="sm" fw={600}>
        {t('referrals.attachments.uploading')}
      </Text>
      {files.map((file, index) => {
        const upload = states[index];
        return (
          <Stack key={`${file.name}-${index}`} gap={2}>
            <Group gap="xs" justify="space-between" wrap="nowrap">
              <Text size="sm" truncate>
                {file.name}
              </Text>
              {upload?.state === 'done' && <IconCheck size={16} color="var(--mantine-color-teal-7)" aria-hidden />}
              {upload?.state === 'failed' && <IconX size={16} color="var(--mantine-color-red-7)" aria-hidden />}
            </Group>
            {upload?.state === 'failed' ? (
              <Text size="xs" c="red" role="alert">
                {upload.error}
              </Text>
            ) : (
              <Progress
                value={Math.round((upload?.progress ?? 0) * 100)}
                aria-label={t('referrals.attachments.progress', { name: file.name })}
              />
            )}
          </Stack>
        );
      })}
      {finished && failed && (
        <Group>
          <Button onClick={onDone}>{t('referrals.form.openReferral')}</Button>
        </Group>
      )}
    </Stack>
  );
}
