import { equipmentTypes } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { CodeAmountEditor } from './code-amount-editor';
import { newRowKey, type EquipmentRow } from './establishment-form-values';

interface EquipmentEditorProps {
  rows: EquipmentRow[];
  onChange: (rows: EquipmentRow[]) => void;
  errors: Record<string, string>;
  disabled?: boolean;
}

/** Key equipment counted by the carte sanitaire (scanners, dialysis stations, delivery rooms…). */
export function EquipmentEditor({ rows, onChange, errors, disabled = false }: EquipmentEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <CodeAmountEditor
      field="equipment"
      codeKey="equipmentCode"
      amountKey="quantity"
      rows={rows}
      onChange={onChange}
      errors={errors}
      disabled={disabled}
      options={equipmentTypes.map((equipment) => ({
        value: equipment.code,
        label: localizedName(equipment, language),
      }))}
      maxAmount={1000}
      newRow={(code) => ({ key: newRowKey(), equipmentCode: code, quantity: 1 })}
      labels={{
        empty: t('form.noEquipment'),
        code: t('establishment.equipmentItem'),
        amount: t('establishment.quantity'),
        codeRow: (number) => t('form.equipmentRow', { number }),
        amountRow: (number) => t('form.quantityRow', { number }),
        remove: (number) => t('form.removeEquipment', { number }),
        add: t('form.addEquipment'),
      }}
    />
  );
}
