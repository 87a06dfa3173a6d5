import { Alert, Button, Group, NumberInput, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import {
  cadres,
  establishmentTypes,
  type Cadre,
  type EstablishmentType,
  type RegionalWisnResponse,
  type WisnWhatIfEdit,
} from '@tansiq/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWisnNumber } from './use-wisn-number';
import { describeError } from '../../../lib/describe-error';
import { useWisnWhatIf } from '../api/use-wisn';

interface WisnWhatIfPanelProps {
  gstId: string;
  year: number;
  result: RegionalWisnResponse;
  establishmentName: (establishment: RegionalWisnResponse['establishments'][number]) => string;
}

type Kind = 'working_hours' | 'staff_move';

/**
 * Try a change before deciding it: working hours per day of a cadre in an establishment type (a standard edit) or
 * staff added or removed at an establishment (a mobility). Shows the region before and after; nothing is saved.
 */
export function WisnWhatIfPanel({ gstId, year, result, establishmentName }: WisnWhatIfPanelProps) {
  const { t } = useTranslation();
  const formatDecimal = useWisnNumber();
  const whatIf = useWisnWhatIf();
  const [kind, setKind] = useState<Kind>('staff_move');
  const [cadre, setCadre] = useState<Cadre>('general_practitioner');
  const [type, setType] = useState<EstablishmentType>('CSR-2');
  const [hours, setHours] = useState<number>(7);
  const [establishmentId, setEstablishmentId] = useState<string | null>(result.establishments[0]?.id ?? null);
  const [delta, setDelta] = useState<number>(1);
  const cadreOptions = cadres.map((value) => ({ value, label: t(`wisn.cadre.${value}`) }));
  const names = new Map(
    result.establishments.map((establishment) => [establishment.id, establishmentName(establishment)]),
  );

  function handleRun() {
    const edit: WisnWhatIfEdit | null =
      kind === 'working_hours'
        ? { kind: 'available_working_time', establishmentType: type, cadre, set: { workingHoursPerDay: hours } }
        : establishmentId === null
          ? null
          : { kind: 'actual_staff', establishmentId, cadre, delta };
    if (edit !== null) {
      whatIf.mutate({ gstId, year, edits: [edit] });
    }
  }

  const totals = whatIf.data;
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('wisn.whatIf.kind')}
        value={kind}
        onChange={(value) => setKind(value === 'working_hours' ? 'working_hours' : 'staff_move')}
        data={[
          { value: 'staff_move', label: t('wisn.whatIf.staffMove') },
          { value: 'working_hours', label: t('wisn.whatIf.workingHours') },
        ]}
        maw={520}
      />
      <Group align="end">
        <Select
          label={t('wisn.filters.cadre')}
          data={cadreOptions}
          value={cadre}
          onChange={(value) => setCadre(cadres.find((candidate) => candidate === value) ?? cadre)}
          allowDeselect={false}
        />
        {kind === 'working_hours' ? (
          <>
            <Select
              label={t('wisn.filters.type')}
              data={establishmentTypes.map((value) => ({ value, label: t(`establishmentType.${value}`) }))}
              value={type}
              onChange={(value) => setType(establishmentTypes.find((candidate) => candidate === value) ?? type)}
              allowDeselect={false}
            />
            <NumberInput
              label={t('wisn.whatIf.hoursPerDay')}
              value={hours}
              min={1}
              max={24}
              onChange={(value) => setHours(Number(value))}
            />
          </>
        ) : (
          <>
            <Select
              label={t('wisn.table.establishment')}
              searchable
              data={[...names].map(([value, label]) => ({ value, label }))}
              value={establishmentId}
              onChange={setEstablishmentId}
            />
            <NumberInput
              label={t('wisn.whatIf.delta')}
              value={delta}
              min={-1000}
              max={1000}
              step={0.5}
              onChange={(value) => setDelta(Number(value))}
            />
          </>
        )}
        <Button onClick={handleRun} loading={whatIf.isPending}>
          {t('wisn.whatIf.run')}
        </Button>
      </Group>
      {whatIf.isError && <Alert color="red">{describeError(whatIf.error, t)}</Alert>}
      {totals && (
        <Stack gap="xs" aria-live="polite">
          <Text>
            {t('wisn.whatIf.summary', {
              requiredBefore: formatDecimal(totals.before.region.requiredStaff),
              requiredAfter: formatDecimal(totals.after.region.requiredStaff),
              actualBefore: formatDecimal(totals.before.region.actualStaff),
              actualAfter: formatDecimal(totals.after.region.actualStaff),
              changes: totals.changes.length,
            })}
          </Text>
          <Table fz="sm" aria-label={t('wisn.whatIf.changes')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('wisn.table.establishment')}</Table.Th>
                <Table.Th>{t('wisn.filters.cadre')}</Table.Th>
                <Table.Th ta="end">{t('wisn.whatIf.before')}</Table.Th>
                <Table.Th ta="end">{t('wisn.whatIf.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {totals.changes.slice(0, 20).map((change) => (
                <Table.Tr key={`${change.establishmentId}|${change.cadre}`}>
                  <Table.Td>{names.get(change.establishmentId) ?? change.establishmentId}</Table.Td>
                  <Table.Td>{t(`wisn.cadre.${change.cadre}`)}</Table.Td>
                  <Table.Td ta="end">
                    {t('wisn.whatIf.figures', {
                      actual: formatDecimal(change.before.actualStaff),
                      required: formatDecimal(change.before.requiredStaff),
                      pressure: t(`wisn.pressure.${change.before.pressure}`),
                    })}
                  </Table.Td>
                  <Table.Td ta="end">
                    {t('wisn.whatIf.figures', {
                      actual: formatDecimal(change.after.actualStaff),
                      required: formatDecimal(change.after.requiredStaff),
                      pressure: t(`wisn.pressure.${change.after.pressure}`),
                    })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}
