import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { patientStateFields, type MergePreview, type Patient } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { FieldValue } from './field-value';
import { useFieldValue } from './use-field-value';

interface MergePreviewCardProps {
  preview: MergePreview;
  patients: readonly Patient[];
  title: string;
}

/** The golden record a merge would give: every field, the ones taken from the other record marked. */
export function MergePreviewCard({ preview, patients, title }: MergePreviewCardProps) {
  const { t } = useTranslation();
  const valueOf = useFieldValue(patients);
  const changed = new Set(preview.changes.map((change) => change.field));
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Text size="xs" c="dimmed">
          {t('duplicates.previewHint')}
        </Text>
        {changed.size === 0 && <Text size="sm">{t('duplicates.noChange')}</Text>}
        <Table verticalSpacing={4} fz="sm">
          <Table.Tbody>
            {patientStateFields.map((field) => (
              <Table.Tr key={field} bg={changed.has(field) ? 'var(--mantine-color-blue-light)' : undefined}>
                <Table.Th scope="row" w="40%">
                  <Text size="sm" fw={500}>
                    {t(`duplicates.field.${field}`)}
                  </Text>
                </Table.Th>
                <Table.Td>
                  <Group gap="xs" wrap="wrap">
                    <FieldValue
                      value={valueOf(field, preview.state[field])}
                      fw={changed.has(field) ? 600 : undefined}
                    />
                    {changed.has(field) && (
                      <Badge size="xs" variant="light" color="blue">
                        {t('duplicates.takenFromOther')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
