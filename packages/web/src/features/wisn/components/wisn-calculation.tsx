import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { EstablishmentWisn } from '@tansiq/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWisnNumber } from './use-wisn-number';
import { pressureBackgrounds } from './wisn-pressure';

type Result = NonNullable<EstablishmentWisn['result']>;

function Step({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h5" mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </div>
  );
}

function WorkingTimeStep({ result }: { result: Result }) {
  const { t } = useTranslation();
  const formatDecimal = useWisnNumber();
  const time = result.availableWorkingTime;
  const parts = [
    ['A', time.possibleWorkingDays],
    ['B', time.publicHolidays],
    ['C', time.annualLeave],
    ['D', time.sickLeave],
    ['E', time.otherLeave],
    ['F', time.unauthorisedAbsence],
    ['H', time.workingHoursPerDay],
  ] as const;
  return (
    <Step title={t('wisn.steps.awt')}>
      <SimpleGrid cols={{ base: 4, sm: 7 }}>
        {parts.map(([letter, value]) => (
          <Figure key={letter} label={t(`wisn.awt.${letter}`)} value={formatDecimal(value)} />
        ))}
      </SimpleGrid>
      <Text mt="sm">
        {t('wisn.steps.awtFormula', {
          days: formatDecimal(time.availableWorkingDays),
          hours: formatDecimal(time.availableWorkingHours),
        })}
      </Text>
    </Step>
  );
}

function ActivitiesStep({ data, result }: { data: EstablishmentWisn; result: Result }) {
  const { t } = useTranslation();
  const formatDecimal = useWisnNumber();
  const sources = new Map(data.sources.map((source) => [source.activityCode, source]));
  const sourceOf = (code: string) => {
    const source = sources.get(code);
    return source?.entered != null ? 'entered' : source?.platform != null ? 'platform' : 'missing';
  };
  return (
    <Step title={t('wisn.steps.activities')}>
      <Table fz="sm" aria-label={t('wisn.steps.activities')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('wisn.activity.label')}</Table.Th>
            <Table.Th>{t('wisn.activity.standard')}</Table.Th>
            <Table.Th ta="end">{t('wisn.activity.standardWorkload')}</Table.Th>
            <Table.Th ta="end">{t('wisn.activity.annualWorkload')}</Table.Th>
            <Table.Th>{t('wisn.activity.source')}</Table.Th>
            <Table.Th ta="end">{t('wisn.activity.staffNeeded')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {result.activities.map((activity) => (
            <Table.Tr key={activity.activityCode}>
              <Table.Td>{activity.label}</Table.Td>
              <Table.Td>
                {activity.standard.kind === 'unit_time'
                  ? t('wisn.activity.unitTime', { minutes: formatDecimal(activity.standard.unitTimeMinutes) })
                  : t('wisn.activity.rate', { rate: formatDecimal(activity.standard.ratePerHour) })}
              </Table.Td>
              <Table.Td ta="end">{formatDecimal(activity.standardWorkload)}</Table.Td>
              <Table.Td ta="end">{formatDecimal(activity.annualWorkload)}</Table.Td>
              <Table.Td>{t(`wisn.source.${sourceOf(activity.activityCode)}`)}</Table.Td>
              <Table.Td ta="end">{formatDecimal(activity.staffNeeded)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text mt="sm" fw={600}>
        {t('wisn.steps.serviceStaff', { value: formatDecimal(result.serviceStaff) })}
      </Text>
    </Step>
  );
}

function AllowancesStep({ result }: { result: Result }) {
  const { t } = useTranslation();
  const formatDecimal = useWisnNumber();
  return (
    <Step title={t('wisn.steps.allowances')}>
      <Stack gap={4}>
        {result.categoryAllowances.map((allowance) => (
          <Text key={allowance.code} size="sm">
            {t('wisn.steps.categoryAllowance', { label: allowance.label, percent: formatDecimal(allowance.percent) })}
          </Text>
        ))}
        <Text fw={600}>
          {t('wisn.steps.caf', {
            percent: formatDecimal(result.totalCategoryAllowancePercent),
            value: formatDecimal(result.categoryAllowanceFactor),
          })}
        </Text>
        {result.individualAllowances.map((allowance) => (
          <Text key={allowance.code} size="sm">
            {t('wisn.steps.individualAllowance', {
              label: allowance.label,
              hours: formatDecimal(allowance.hoursPerYear),
              staff: formatDecimal(allowance.staffCount),
            })}
          </Text>
        ))}
        <Text fw={600}>
          {t('wisn.steps.iaf', {
            hours: formatDecimal(result.totalIndividualAllowanceHours),
            value: formatDecimal(result.individualAllowanceFactor),
          })}
        </Text>
      </Stack>
    </Step>
  );
}

/** The WISN calculation of one establishment and cadre, step by step, as the WHO manual sets it out. */
export function WisnCalculation({ data }: { data: EstablishmentWisn }) {
  const { t } = useTranslation();
  const formatDecimal = useWisnNumber();
  const { result } = data;
  if (result === null) {
    return <Text c="dimmed">{t('wisn.calculation.noStandard')}</Text>;
  }
  return (
    <Stack gap="md">
      <WorkingTimeStep result={result} />
      <ActivitiesStep data={data} result={result} />
      <AllowancesStep result={result} />
      <Step title={t('wisn.steps.result')}>
        <Group gap="xl">
          <Figure label={t('wisn.figures.required')} value={formatDecimal(result.requiredStaff)} />
          <Figure label={t('wisn.figures.actual')} value={formatDecimal(result.actualStaff)} />
          <Figure label={t('wisn.figures.difference')} value={formatDecimal(result.difference)} />
          <Figure label={t('wisn.figures.ratio')} value={result.ratio === null ? '—' : formatDecimal(result.ratio)} />
          <Badge size="lg" color="dark" variant="light" bg={pressureBackgrounds[result.pressure]} tt="none">
            {t(`wisn.pressure.${result.pressure}`)}
          </Badge>
        </Group>
        <Text size="sm" mt="xs">
          {t('wisn.steps.requiredFormula')}
        </Text>
        {result.missingWorkloadActivityCodes.length > 0 && (
          <Text size="sm" c="orange.8" mt="xs">
            {t('wisn.calculation.missing', { codes: result.missingWorkloadActivityCodes.join(', ') })}
          </Text>
        )}
      </Step>
    </Stack>
  );
}
