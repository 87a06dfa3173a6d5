import { Alert, List, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import {
  defaultBirthDateFormat,
  patientImportDateFormats,
  patientImportMappingSchema,
  patientImportRoles,
  type PatientImportMappingEntry,
  type PatientImportRole,
} from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { translateImportMessage } from './translate-import-message';

export type MappingDraft = Record<string, PatientImportMappingEntry>;

interface MappingEditorProps {
  header: readonly string[];
  samples: readonly (readonly string[])[];
  mapping: MappingDraft;
  onChange: (mapping: MappingDraft) => void;
}

const genericNameRoles: readonly PatientImportRole[] = ['given_name', 'family_name'];

/** The role a select's value names (the select only offers roles). */
const toRole = (value: string): PatientImportRole => patientImportRoles.find((role) => role === value) ?? 'ignore';

/** The problems of a mapping, as the server would report them, in the user's language. */
export function useMappingProblems(mapping: MappingDraft): string[] {
  const { t } = useTranslation();
  const result = patientImportMappingSchema.safeParse(mapping);
  return result.success
    ? []
    : [...new Set(result.error.issues.map((issue) => translateImportMessage(issue.message, t)))];
}

/**
 * One line per column of the file: its name, an example value, what it holds (proposed from its name, changeable),
 * and the date format for a birth date column.
 */
export function MappingEditor({ header, samples, mapping, onChange }: MappingEditorProps) {
  const { t } = useTranslation();
  const problems = useMappingProblems(mapping);
  const roles = Object.values(mapping).map((entry) => entry.role);
  const roleOptions = patientImportRoles.map((role) => ({ value: role, label: t(`patientImport.role.${role}`) }));
  const exampleOf = (index: number) => samples.map((row) => row[index]?.trim() ?? '').find((cell) => cell !== '') ?? '';

  const handleRole = (column: string, role: PatientImportRole) => {
    const previous = mapping[column];
    const format = role === 'birth_date' ? (previous?.format ?? defaultBirthDateFormat) : undefined;
    onChange({ ...mapping, [column]: format === undefined ? { role } : { role, format } });
  };

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder verticalSpacing="xs" aria-label={t('patientImport.mapping.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('patientImport.mapping.column')}</Table.Th>
              <Table.Th>{t('patientImport.mapping.example')}</Table.Th>
              <Table.Th>{t('patientImport.mapping.role')}</Table.Th>
              <Table.Th>{t('patientImport.mapping.format')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {header.map((column, index) => {
              const entry = mapping[column] ?? { role: 'ignore' };
              return (
                <Table.Tr key={column}>
                  <Table.Td>
                    {/* An isolate: an Arabic header or value reads right, without turning the cell around. */}
                    <Text span size="sm" fw={600} dir="auto">
                      {column}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" truncate maw={220}>
                      <bdi>{exampleOf(index)}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <NativeSelect
                      size="xs"
                      aria-label={t('patientImport.mapping.roleFor', { column })}
                      data={roleOptions}
                      value={entry.role}
                      onChange={(event) => handleRole(column, toRole(event.currentTarget.value))}
                    />
                  </Table.Td>
                  <Table.Td>
                    {entry.role === 'birth_date' && (
                      <NativeSelect
                        size="xs"
                        dir="ltr"
                        aria-label={t('patientImport.mapping.formatFor', { column })}
                        data={[...patientImportDateFormats]}
                        value={entry.format ?? defaultBirthDateFormat}
                        onChange={(event) =>
                          onChange({ ...mapping, [column]: { role: 'birth_date', format: event.currentTarget.value } })
                        }
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {(roles.includes('full_name') || roles.some((role) => genericNameRoles.includes(role))) && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
          <List size="sm" spacing={4}>
            {roles.includes('full_name') && <List.Item>{t('patientImport.mapping.fullNameNote')}</List.Item>}
            {roles.some((role) => genericNameRoles.includes(role)) && (
              <List.Item>{t('patientImport.mapping.scriptNote')}</List.Item>
            )}
            {roles.includes('birth_date') && <List.Item>{t('patientImport.mapping.yearOnlyNote')}</List.Item>}
          </List>
        </Alert>
      )}
      {problems.length > 0 && (
        <Alert color="orange" variant="light" title={t('patientImport.mapping.problems')} role="alert">
          <List size="sm">
            {problems.map((problem) => (
              <List.Item key={problem}>{problem}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
