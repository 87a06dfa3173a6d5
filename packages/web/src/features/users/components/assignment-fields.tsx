import { ActionIcon, Group, NativeSelect, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { allowedScopeLevels, roles, type Me } from '@tansiq/domain';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useLanguage } from '../../../lib/use-language';
import { useProvinces } from '../../territory';
import type { AssignmentValues } from './assignment-values';
import { EstablishmentPicker } from './establishment-picker';

interface AssignmentFieldsProps {
  values: AssignmentValues;
  gsts: Me['gsts'];
  /** National roles and scopes are offered only to national administrators. */
  allowNational: boolean;
  errors: Record<string, string>;
  number: number;
  onChange: (values: AssignmentValues) => void;
  onRemove?: () => void;
}

/** Role, scope (limited to the levels the role may hold), the place of that scope, and validity dates. */
export function AssignmentFields({
  values,
  gsts,
  allowNational,
  errors,
  number,
  onChange,
  onRemove,
}: AssignmentFieldsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const regionCode = gsts.find((gst) => gst.id === values.gstId)?.regionCode ?? '';
  const provinces = useProvinces(regionCode);
  const availableRoles = roles.filter(
    (role) => allowNational || allowedScopeLevels[role].some((level) => level !== 'national'),
  );
  const levels = allowedScopeLevels[values.role].filter((level) => allowNational || level !== 'national');
  const set = (change: Partial<AssignmentValues>) => onChange({ ...values, ...change });
  const suffix = ` ${number}`;

  return (
    <Paper withBorder p="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label={t('users.role') + suffix}
          value={values.role}
          data={availableRoles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          error={errors.role}
          onChange={(event) => {
            const role = roles.find((candidate) => candidate === event.currentTarget.value) ?? values.role;
            const allowed = allowedScopeLevels[role].filter((level) => allowNational || level !== 'national');
            set({
              role,
              scopeLevel: allowed.includes(values.scopeLevel) ? values.scopeLevel : (allowed[0] ?? values.scopeLevel),
            });
          }}
        />
        <NativeSelect
          label={t('users.scopeLevel') + suffix}
          value={values.scopeLevel}
          data={levels.map((level) => ({ value: level, label: t(`scopeLevel.${level}`) }))}
          error={errors.scopeLevel}
          onChange={(event) =>
            set({ scopeLevel: levels.find((level) => level === event.currentTarget.value) ?? values.scopeLevel })
          }
        />
        {values.scopeLevel !== 'national' && (
          <NativeSelect
            label={t('users.gst') + suffix}
            value={values.gstId}
            data={gsts.map((gst) => ({ value: gst.id, label: localizedName(gst, language) }))}
            error={errors.gstId}
            onChange={(event) =>
              set({ gstId: event.currentTarget.value, provinceCode: '', establishmentId: '', establishmentLabel: '' })
            }
          />
        )}
        {values.scopeLevel === 'province' && (
          <NativeSelect
            label={t('users.province') + suffix}
            value={values.provinceCode}
            data={[
              { value: '', label: t('form.choose') },
              ...(provinces.data ?? []).map((province) => ({
                value: province.code,
                label: localizedName(province, language),
              })),
            ]}
            error={errors.provinceCode}
            onChange={(event) => set({ provinceCode: event.currentTarget.value })}
          />
        )}
        {values.scopeLevel === 'establishment' && (
          <EstablishmentPicker
            label={t('users.establishment') + suffix}
            gstId={values.gstId}
            value={values.establishmentId}
            valueLabel={values.establishmentLabel}
            error={errors.establishmentId}
            onChange={(establishmentId, establishmentLabel) => set({ establishmentId, establishmentLabel })}
          />
        )}
        <TextInput
          type="date"
          label={t('users.validFrom') + suffix}
          required
          value={values.validFrom}
          error={errors.validFrom}
          onChange={(event) => set({ validFrom: event.currentTarget.value })}
        />
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            type="date"
            label={t('users.validTo') + suffix}
            value={values.validTo}
            error={errors.validTo}
            onChange={(event) => set({ validTo: event.currentTarget.value })}
          />
          {onRemove && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              mb={errors.validTo ? 22 : 0}
              aria-label={t('users.removeAssignment', { number })}
              title={t('users.removeAssignment', { number })}
              onClick={onRemove}
            >
              <IconTrash size={18} />
            </ActionIcon>
          )}
        </Group>
      </SimpleGrid>
    </Paper>
  );
}
