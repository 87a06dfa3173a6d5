import { Badge, Card, Table, Text, Title } from '@mantine/core';
import { formatRegionalPatientId, type PatientRecord } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';

interface RegistrationsTableProps {
  record: PatientRecord;
}

/** Where the patient is registered across the GST, with each establishment's local number (IPP). */
export function RegistrationsTable({ record }: RegistrationsTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDate } = useFormatters();
  const regionalIdOf = new Map(record.mergedRecords.map((merged) => [merged.id, merged.regionalId]));

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="registrations-title" h="100%">
      <Title order={2} size="h4" id="registrations-title" mb="sm">
        {t('patients.registrations.title', { count: record.registrations.length })}
      </Title>
      {record.registrations.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('patients.registrations.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('patients.registrations.establishment')}</Table.Th>
                <Table.Th>{t('patients.field.localId')}</Table.Th>
                <Table.Th>{t('patients.registrations.date')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {record.registrations.map((registration) => (
                <Table.Tr key={registration.id}>
                  <Table.Td>
                    <Text size="sm">
                      {language === 'ar' && registration.establishmentNameAr
                        ? registration.establishmentNameAr
                        : registration.establishmentName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      <bdi dir="ltr">{registration.establishmentCode}</bdi>
                    </Text>
                    {registration.fromPatientId && (
                      <Badge color="grape" variant="light" size="xs" mt={2}>
                        {t('patients.registrations.fromMerged', {
                          regionalId: formatRegionalPatientId(regionalIdOf.get(registration.fromPatientId) ?? ''),
                        })}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      <bdi dir="ltr">{registration.localId ?? '—'}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(registration.registeredAt)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
