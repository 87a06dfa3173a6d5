import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import {
  cadres,
  establishmentTypes,
  toFieldIssues,
  wisnStandardSchema,
  type Cadre,
  type EstablishmentType,
  type WisnStandard,
  type WisnStandardVersion,
} from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../lib/describe-error';
import { isApiError } from '../../../lib/api-error';
import { useFormatters } from '../../../lib/use-formatters';
import { useSaveWisnStandard } from '../api/use-wisn';
import { WisnStandardForm } from './wisn-standard-form';

interface WisnStandardsEditorProps {
  gstId: string;
  versions: WisnStandardVersion[];
  canEdit: boolean;
}

/** The latest version of each (type, cadre) standard, in the order types and cadres are listed. */
export function latestStandards(versions: readonly WisnStandardVersion[]): WisnStandardVersion[] {
  const latest = new Map<string, WisnStandardVersion>();
  for (const version of versions) {
    const key = `${version.standard.establishmentType}|${version.standard.cadre}`;
    const current = latest.get(key);
    if (current === undefined || version.standard.version > current.standard.version) {
      latest.set(key, version);
    }
  }
  const rank = (version: WisnStandardVersion) =>
    establishmentTypes.indexOf(version.standard.establishmentType) * 100 + cadres.indexOf(version.standard.cadre);
  return [...latest.values()].sort((a, b) => rank(a) - rank(b));
}

const draftOf = (standard: WisnStandard): WisnStandard => ({ ...standard, version: standard.version + 1 });

/**
 * The standards in force and their versions; HR officers edit one in a form (checked with the domain schema before it
 * is sent, each message next to its field) and save it as the next version. A version saved meanwhile by someone else
 * is refused (409) and shown.
 */
export function WisnStandardsEditor({ gstId, versions, canEdit }: WisnStandardsEditorProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const save = useSaveWisnStandard();
  const [draft, setDraft] = useState<WisnStandard | null>(null);
  const [issues, setIssues] = useState<ReadonlyMap<string, string>>(new Map());
  const [type, setType] = useState<EstablishmentType>('CSR-2');
  const [cadre, setCadre] = useState<Cadre>('general_practitioner');
  const latest = latestStandards(versions);

  const activityCodes = [
    ...new Set(versions.flatMap((version) => version.standard.serviceStandards.map((s) => s.activityCode))),
  ].sort();

  function handleSave() {
    const result = wisnStandardSchema.safeParse(draft);
    if (!result.success) {
      setIssues(new Map(toFieldIssues(result.error).map((issue) => [issue.path.join('.'), issue.message])));
      return;
    }
    setIssues(new Map());
    save.mutate({ gstId, standard: result.data }, { onSuccess: () => setDraft(null) });
  }

  function handleNew() {
    const template = latest.find((version) => version.standard.cadre === cadre)?.standard;
    const base = template ?? latest[0]?.standard;
    if (base) {
      const existing = latest.find((v) => v.standard.cadre === cadre && v.standard.establishmentType === type);
      setDraft(draftOf({ ...base, establishmentType: type, cadre, version: existing?.standard.version ?? 0 }));
    }
  }

  return (
    <Stack gap="sm">
      <Table fz="sm" aria-label={t('wisn.standards.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('wisn.filters.type')}</Table.Th>
            <Table.Th>{t('wisn.filters.cadre')}</Table.Th>
            <Table.Th ta="end">{t('wisn.standards.version')}</Table.Th>
            <Table.Th>{t('wisn.standards.effectiveFrom')}</Table.Th>
            <Table.Th ta="end">{t('wisn.standards.activities')}</Table.Th>
            <Table.Th>{t('wisn.standards.savedBy')}</Table.Th>
            {canEdit && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {latest.map(({ id, standard, createdByName }) => (
            <Table.Tr key={id}>
              <Table.Td>{standard.establishmentType}</Table.Td>
              <Table.Td>{t(`wisn.cadre.${standard.cadre}`)}</Table.Td>
              <Table.Td ta="end">{standard.version}</Table.Td>
              <Table.Td>{formatDate(standard.effectiveFrom)}</Table.Td>
              <Table.Td ta="end">{standard.serviceStandards.length}</Table.Td>
              <Table.Td>{createdByName ?? t('wisn.standards.system')}</Table.Td>
              {canEdit && (
                <Table.Td>
                  <Button size="compact-xs" variant="light" onClick={() => setDraft(draftOf(standard))}>
                    {t('wisn.standards.edit')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canEdit && (
        <Group align="end">
          <Select
            label={t('wisn.filters.type')}
            data={[...establishmentTypes]}
            value={type}
            onChange={(value) => setType(establishmentTypes.find((candidate) => candidate === value) ?? type)}
            allowDeselect={false}
          />
          <Select
            label={t('wisn.filters.cadre')}
            data={cadres.map((value) => ({ value, label: t(`wisn.cadre.${value}`) }))}
            value={cadre}
            onChange={(value) => setCadre(cadres.find((candidate) => candidate === value) ?? cadre)}
            allowDeselect={false}
          />
          <Button variant="default" onClick={handleNew}>
            {t('wisn.standards.new')}
          </Button>
        </Group>
      )}
      {draft !== null && (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('wisn.standards.formHint', {
              cadre: t(`wisn.cadre.${draft.cadre}`),
              type: draft.establishmentType,
            })}
          </Text>
          <WisnStandardForm standard={draft} onChange={setDraft} errors={issues} activityCodes={activityCodes} />
          {issues.size > 0 && (
            <Alert color="red" title={t('wisn.standards.invalid')}>
              {t('wisn.standards.invalidCount', { count: issues.size })}
            </Alert>
          )}
          {save.isError && (
            <Alert color="red">
              {isApiError(save.error) && save.error.code === 'conflict'
                ? t('wisn.standards.stale', { message: save.error.message })
                : describeError(save.error, t)}
            </Alert>
          )}
          <Group>
            <Button onClick={handleSave} loading={save.isPending}>
              {t('wisn.standards.save')}
            </Button>
            <Button variant="default" onClick={() => setDraft(null)}>
              {t('wisn.standards.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
