import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { mobilitySubjectSchema } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';

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

/** A mobility's kind, dates, time share and reason. */
export function MobilitySubjectCard({ subject }: { subject: unknown }) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const parsed = mobilitySubjectSchema.safeParse(subject);
  if (!parsed.success) {
    return null;
  }
  const mobility = parsed.data;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="mobility-subject-title">
      <Title order={2} size="h4" id="mobility-subject-title" mb="sm">
        {t('approvals.mobility.subject')}
      </Title>
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
    </Card>
  );
}
