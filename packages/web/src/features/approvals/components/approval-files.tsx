import { Alert, Anchor, Button, Card, FileButton, Group, List, Stack, Text, Title } from '@mantine/core';
import type { ApprovalRequestView } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth';
import { describeError } from '../../../lib/describe-error';
import { approvalPath } from '../api/approval-queries';
import { useUploadApprovalAttachment } from '../api/approval-mutations';

const open = (status: ApprovalRequestView['status']) =>
  status === 'draft' || status === 'pending' || status === 'returned';

/** The request's files (PDF, JPEG, PNG), an upload while it is open, and the decision letter once decided. */
export function ApprovalFiles({ request }: { request: ApprovalRequestView }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const upload = useUploadApprovalAttachment(request.id, me.csrfToken);
  const decided = request.status === 'approved' || request.status === 'rejected';
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="approval-files-title">
      <Title order={2} size="h4" id="approval-files-title" mb="sm">
        {t('approvals.page.files')}
      </Title>
      <Stack gap="sm">
        {request.attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('approvals.page.noFiles')}
          </Text>
        ) : (
          <List size="sm">
            {request.attachments.map((file) => (
              <List.Item key={file.id}>
                <Anchor href={`${approvalPath(request.id)}/attachments/${file.id}`} target="_blank" rel="noopener">
                  {file.fileName}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
        {open(request.status) && (
          <FileButton onChange={(file) => file && upload.mutate(file)} accept="application/pdf,image/jpeg,image/png">
            {(props) => (
              <Button {...props} variant="light" size="xs" loading={upload.isPending}>
                {t('approvals.page.addFile')}
              </Button>
            )}
          </FileButton>
        )}
        {upload.isError && <Alert color="red">{describeError(upload.error, t)}</Alert>}
        {decided && (
          <Group gap="xs">
            <Text size="sm">{t('approvals.page.letter')}</Text>
            {(['fr', 'ar', 'en'] as const).map((language) => (
              <Anchor
                key={language}
                size="sm"
                href={`${approvalPath(request.id)}/letter?language=${language}`}
                target="_blank"
                rel="noopener"
              >
                {language.toUpperCase()}
              </Anchor>
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
