import type { Patient, PatientStateField } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../lib/use-formatters';
import { useLanguage } from '../../../lib/use-language';

/** How a field's value reads, and in which direction (names in Arabic script read right to left). */
export interface FieldValueText {
  text: string;
  dir?: 'ltr' | 'rtl';
  lang?: string;
}

const arabicFields = new Set<PatientStateField>(['givenNameArabic', 'familyNameArabic']);
const codeFields = new Set<PatientStateField>(['cin', 'amoNumber', 'phones']);

/**
 * Formats a demographic value for the comparison and the preview. Commune and reference centre names come from the
 * patients of the pair (`known`), since a preview state only holds their codes.
 */
export function useFieldValue(known: readonly Patient[]): (field: PatientStateField, value: unknown) => FieldValueText {
  const { t } = useTranslation();
  const language = useLanguage();
  const { formatDate } = useFormatters();
  return (field, value) => {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
      return { text: '—' };
    }
    const text = Array.isArray(value)
      ? value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', ')
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
    if (arabicFields.has(field)) {
      return { text, dir: 'rtl', lang: 'ar' };
    }
    if (codeFields.has(field)) {
      return { text, dir: 'ltr' };
    }
    switch (field) {
      case 'sex':
      case 'amoScheme':
      case 'vitalStatus':
        return { text: t(`duplicates.${field}.${text}`, { defaultValue: text }) };
      case 'birthDate':
        return {
          text:
            text.length === 4
              ? t('duplicates.birthYear', { year: text })
              : text.length === 7
                ? `${text.slice(5, 7)}/${text.slice(0, 4)}`
                : formatDate(text),
        };
      case 'deathDate':
        return { text: formatDate(text) };
      case 'communeCode': {
        const patient = known.find((candidate) => candidate.communeCode === text);
        const name = language === 'ar' ? (patient?.communeNameAr ?? patient?.communeNameFr) : patient?.communeNameFr;
        return { text: name ? `${name} (${text})` : text };
      }
      case 'referenceEstablishmentId': {
        const patient = known.find((candidate) => candidate.referenceEstablishmentId === text);
        return { text: patient?.referenceEstablishmentName ?? text };
      }
      default:
        return { text };
    }
  };
}
