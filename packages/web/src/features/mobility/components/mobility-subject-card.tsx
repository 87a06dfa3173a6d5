import { Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { mobilitySubjectSchema } from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { MobilityForm } from './mobility-form';

function Field({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Stack>
  );
}

/**
 * A mobility's kind, dates, time share and reason; its requester corrects it here once it was returned (`editable`
 * carries the request and the version they saw).
 */
export function MobilitySubjectCard({
  subject,
  editable,
}: {
  subject: unknown;
  editable?: { requestId: string; version: number };
}) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const [editing, setEditing] = useState(false);
  const parsed = mobilitySubjectSchema.safeParse(subject);
  if (!parsed.success) {
    return null;
  }
  const mobility = parsed.data;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="mobility-subject-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="mobility-subject-title">
          {t('approvals.mobility.subject')}
        </Title>
        {editable && (
          <Button size="compact-sm" variant="light" onClick={() => setEditing(true)}>
            {t('approvals.mobility.edit')}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Field label={t('approvals.mobility.kindLabel')} value={t(`approvals.mobility.kind.${mobility.kind}`)} />
        <Field label={t('approvals.mobility.startsOn')} value={formatDate(mobility.startsOn)} />
        <Field label={t('approvals.mobility.endsOn')} value={mobility.endsOn ? formatDate(mobility.endsOn) : '—'} />
        <Field label={t('approvals.mobility.timeShare')} value={`${mobility.timeShare} %`} />
      </SimpleGrid>
      {mobility.reason && (
        <Text size="sm" mt="sm" dir="auto">
          {mobility.reason}
        </Text>
      )}
      {editable && (
        <Modal opened={editing} onClose={() => setEditing(false)} title={t('approvals.mobility.editTitle')} size="xl">
          <MobilityForm edit={{ ...editable, subject: mobility }} onCreated={() => setEditing(false)} />
        </Modal>
      )}
    </Card>
  );
}
