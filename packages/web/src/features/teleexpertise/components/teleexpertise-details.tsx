import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import type { Teleexpertise } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { TeleexpertiseStatusBadge } from './teleexpertise-status-badge';
import { useTeleexpertiseLabels } from './use-teleexpertise-labels';

const multiline = { whiteSpace: 'pre-wrap' } as const;

/** What a request says: the question and its files, the answer, the teleconsultation and its report. */
export function TeleexpertiseDetails({ teleexpertise }: { teleexpertise: Teleexpertise }) {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const { placeName } = useTeleexpertiseLabels();
  const { answer, appointment, report } = teleexpertise;
  return (
    <Stack gap="md">
      <Card withBorder>
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('teleexpertise.request.question')}
            </Title>
            <Group gap={4}>
              <TeleexpertiseStatusBadge status={teleexpertise.status} answerKind={teleexpertise.answerKind} />
              {teleexpertise.overdue && <Badge color="red">{t('teleexpertise.overdue')}</Badge>}
            </Group>
          </Group>
          <Text size="sm" c="dimmed">
            {t('teleexpertise.request.requester', {
              name: teleexpertise.requester.displayName,
              place: placeName(teleexpertise.origin),
              date: formatDateTime(teleexpertise.askedAt),
            })}
          </Text>
          <Text style={multiline}>{teleexpertise.question}</Text>
          <Text fw={600} size="sm" mt="xs">
            {t('teleexpertise.request.attachments')}
          </Text>
          {teleexpertise.attachments.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('teleexpertise.request.noAttachments')}
            </Text>
          ) : (
            <List size="sm">
              {teleexpertise.attachments.map((attachment) => (
                <List.Item key={attachment.id}>
                  <Anchor href={`/api/teleexpertise/${teleexpertise.id}/attachments/${attachment.id}`} target="_blank">
                    {attachment.fileName}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Card>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('teleexpertise.request.answer')}
          </Title>
          {answer ? (
            <>
              <Text size="sm" c="dimmed">
                {t(`teleexpertise.answerKind.${answer.kind}`)} ·{' '}
                {t('teleexpertise.request.answeredBy', {
                  name: answer.author.displayName,
                  date: formatDateTime(answer.answeredAt),
                })}
              </Text>
              <Text style={multiline}>{answer.text}</Text>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {teleexpertise.status === 'cancelled'
                ? t('teleexpertise.request.cancelled')
                : `${t('teleexpertise.request.waiting')} — ${t('teleexpertise.request.dueAt', { date: formatDateTime(teleexpertise.dueAt) })}`}
            </Text>
          )}
        </Stack>
      </Card>
      {appointment && (
        <Card withBorder>
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={2} size="h4">
                {t('teleexpertise.appointment.title')}
              </Title>
              <Badge variant="light">{t(`teleexpertise.appointment.status.${appointment.status}`)}</Badge>
            </Group>
            <Text>{t('teleexpertise.appointment.at', { date: formatDateTime(appointment.startsAt) })}</Text>
            {appointment.videoUrl ? (
              <Anchor href={appointment.videoUrl} target="_blank" rel="noopener noreferrer">
                {t('teleexpertise.appointment.video')}
              </Anchor>
            ) : (
              <Text size="sm" c="dimmed">
                {t('teleexpertise.appointment.noVideo')}
              </Text>
            )}
            {report && (
              <Stack gap={4} mt="xs">
                <Text fw={600}>{t('teleexpertise.report.title')}</Text>
                <Text size="sm" c="dimmed">
                  {t('teleexpertise.report.by', {
                    name: report.author.displayName,
                    date: formatDateTime(report.reportedAt),
                  })}
                </Text>
                <Text style={multiline}>{report.findings}</Text>
                {report.diagnosis && (
                  <Text>
                    {t('teleexpertise.report.diagnosis')} : {report.diagnosis}
                    {report.icd10Code ? ` (${report.icd10Code})` : ''}
                  </Text>
                )}
                <Text style={multiline}>{report.recommendations}</Text>
              </Stack>
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
