import { Table, Text } from '@mantine/core';
import type { DuplicateFieldComparison, Patient } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { AgreementBadge } from './agreement-badge';
import { agreementBackground } from './agreement-colors';
import { FieldValue } from './field-value';
import { useFieldValue } from './use-field-value';

interface DuplicateComparisonTableProps {
  left: Patient;
  right: Patient;
  fields: readonly DuplicateFieldComparison[];
}

/**
 * Both patients side by side, one row per field, coloured by agreement: green agrees, amber is close (a spelling
 * variant, a year-only date, one typo), red differs. Each row also says it in words.
 */
export function DuplicateComparisonTable({ left, right, fields }: DuplicateComparisonTableProps) {
  const { t } = useTranslation();
  const valueOf = useFieldValue([left, right]);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" withTableBorder withColumnBorders aria-label={t('duplicates.pairTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="22%">{t('duplicates.fieldColumn')}</Table.Th>
            <Table.Th>{t('duplicates.left')}</Table.Th>
            <Table.Th>{t('duplicates.right')}</Table.Th>
            <Table.Th w={150}>{t('duplicates.agreementColumn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map(({ field, agreement }) => {
            const background = agreementBackground(agreement);
            return (
              <Table.Tr key={field} data-agreement={agreement}>
                <Table.Th scope="row">
                  <Text size="sm" fw={500}>
                    {t(`duplicates.field.${field}`)}
                  </Text>
                </Table.Th>
                <Table.Td bg={background}>
                  <FieldValue value={valueOf(field, left[field])} />
                </Table.Td>
                <Table.Td bg={background}>
                  <FieldValue value={valueOf(field, right[field])} />
                </Table.Td>
                <Table.Td>
                  <AgreementBadge agreement={agreement} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
