import { Text } from '@mantine/core';
import { specialties } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';
import { CodeAmountEditor } from './code-amount-editor';
import { newRowKey, type ServiceRow } from './establishment-form-values';

interface ServicesEditorProps {
  rows: ServiceRow[];
  onChange: (rows: ServiceRow[]) => void;
  /** Errors keyed by field path, e.g. `services.1.beds` or `services.1` (listed twice). */
  errors: Record<string, string>;
  disabled?: boolean;
}

/** The services an establishment offers, each with its beds (0 for outpatient services). */
export function ServicesEditor({ rows, onChange, errors, disabled = false }: ServicesEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatInteger } = useFormatters();
  const totalBeds = rows.reduce((sum, row) => sum + (row.beds === '' ? 0 : row.beds), 0);
  return (
    <CodeAmountEditor
      field="services"
      codeKey="specialtyCode"
      amountKey="beds"
      rows={rows}
      onChange={onChange}
      errors={errors}
      disabled={disabled}
      options={specialties.map((specialty) => ({ value: specialty.code, label: localizedName(specialty, language) }))}
      maxAmount={5000}
      newRow={(code) => ({ key: newRowKey(), specialtyCode: code, beds: 0 })}
      labels={{
        empty: t('form.noServices'),
        code: t('establishment.specialty'),
        amount: t('establishment.beds'),
        codeRow: (number) => t('form.specialtyRow', { number }),
        amountRow: (number) => t('form.bedsRow', { number }),
        remove: (number) => t('form.removeService', { number }),
        add: t('form.addService'),
      }}
      footer={
        <Text size="sm" c="dimmed">
          {t('form.totalBeds', { beds: formatInteger(totalBeds) })}
        </Text>
      }
    />
  );
}
