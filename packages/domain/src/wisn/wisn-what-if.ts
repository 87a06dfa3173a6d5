import { z } from 'zod';
import { establishmentTypes } from '../establishments/establishment-types';
import { unprocessable, validationFailed } from '../lib/app-error';
import { toFieldIssues } from '../lib/parse';
import { cadreSchema, type Cadre } from '../staff/cadres';
import type { WisnResult } from './compute-wisn';
import { computeRegionalWisn, type RegionalWisn, type RegionalWisnInput } from './compute-regional-wisn';
import type { WisnPressure } from './wisn-pressure';
import {
  availableWorkingTimeSchema,
  categoryAllowanceStandardSchema,
  individualAllowanceStandardSchema,
  serviceStandardSchema,
  wisnStandardSchema,
  type WisnStandard,
} from './wisn-standard';
import { wisnStandardKey, wisnStandardsInForce } from './wisn-standards-in-force';

const target = { establishmentType: z.enum(establishmentTypes), cadre: cadreSchema };

/**
 * One what-if change. Standard edits apply to the standard in force of an (establishment type, cadre) pair, so they
 * reach every establishment of that type: set some working-time components, or add or replace (by code) a service
 * standard or an allowance. `actual_staff` adds staff (or removes them, with a negative delta) at one establishment,
 * to show the impact of a mobility at both ends.
 */
export const wisnWhatIfEditSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('available_working_time'), ...target, set: availableWorkingTimeSchema.partial() }),
  z.object({ kind: z.literal('service_standard'), ...target, standard: serviceStandardSchema }),
  z.object({ kind: z.literal('category_allowance'), ...target, allowance: categoryAllowanceStandardSchema }),
  z.object({ kind: z.literal('individual_allowance'), ...target, allowance: individualAllowanceStandardSchema }),
  z.object({
    kind: z.literal('actual_staff'),
    establishmentId: z.string().min(1),
    cadre: cadreSchema,
    delta: z.number().min(-100_000).max(100_000),
  }),
]);
export type WisnWhatIfEdit = z.infer<typeof wisnWhatIfEditSchema>;
export const wisnWhatIfEditsSchema = z.array(wisnWhatIfEditSchema).min(1).max(200);

/** One row whose required or actual staff changed. */
export interface WisnRowChange {
  establishmentId: string;
  provinceCode: string;
  cadre: Cadre;
  before: WisnResult;
  after: WisnResult;
  requiredStaffChange: number;
  pressureBefore: WisnPressure;
  pressureAfter: WisnPressure;
}

/** The region before and after the edits, and the rows that changed. */
export interface WisnWhatIf {
  before: RegionalWisn;
  after: RegionalWisn;
  changes: WisnRowChange[];
}

function upsertBy<Item>(items: readonly Item[], item: Item, code: (value: Item) => string): Item[] {
  const index = items.findIndex((existing) => code(existing) === code(item));
  return index === -1 ? [...items, item] : items.map((existing, at) => (at === index ? item : existing));
}

type StandardEdit = Exclude<WisnWhatIfEdit, { kind: 'actual_staff' }>;

function editStandard(standard: WisnStandard, edit: StandardEdit): unknown {
  switch (edit.kind) {
    case 'available_working_time':
      return { ...standard, availableWorkingTime: { ...standard.availableWorkingTime, ...edit.set } };
    case 'service_standard':
      return {
        ...standard,
        serviceStandards: upsertBy(standard.serviceStandards, edit.standard, (service) => service.activityCode),
      };
    case 'category_allowance':
      return {
        ...standard,
        categoryAllowances: upsertBy(standard.categoryAllowances, edit.allowance, (allowance) => allowance.code),
      };
    case 'individual_allowance':
      return {
        ...standard,
        individualAllowances: upsertBy(standard.individualAllowances, edit.allowance, (allowance) => allowance.code),
      };
  }
}

function applyStandardEdit(inForce: Map<string, WisnStandard>, edit: StandardEdit, at: number): void {
  const key = wisnStandardKey(edit.establishmentType, edit.cadre);
  const standard = inForce.get(key);
  if (standard === undefined) {
    throw unprocessable('No WISN standard is in force for this establishment type and cadre', [
      { path: ['edits', at], message: `No standard in force for ${edit.cadre} in ${edit.establishmentType}` },
    ]);
  }
  const parsed = wisnStandardSchema.safeParse(editStandard(standard, edit));
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error).map((issue) => ({ ...issue, path: ['edits', at, ...issue.path] }));
    throw validationFailed('The edited standard is not valid', issues);
  }
  inForce.set(key, parsed.data);
}

function editedInput(input: RegionalWisnInput, edits: readonly WisnWhatIfEdit[]): RegionalWisnInput {
  const inForce: Map<string, WisnStandard> = wisnStandardsInForce(input.standards, input.onDate);
  const actualStaff = [...input.actualStaff];
  const known = new Set(input.establishments.map((establishment) => establishment.establishmentId));
  edits.forEach((edit, at) => {
    if (edit.kind === 'actual_staff') {
      const { establishmentId, cadre, delta } = edit;
      if (!known.has(establishmentId)) {
        throw unprocessable('The establishment is not part of this WISN run', [
          { path: ['edits', at, 'establishmentId'], message: `Unknown establishment ${establishmentId}` },
        ]);
      }
      actualStaff.push({ establishmentId, cadre, staffCount: delta });
    } else {
      applyStandardEdit(inForce, edit, at);
    }
  });
  return { ...input, standards: [...inForce.values()], actualStaff };
}

function rowChanges(before: RegionalWisn, after: RegionalWisn): WisnRowChange[] {
  const afterRows = new Map(after.rows.map((row) => [`${row.establishmentId}|${row.cadre}`, row]));
  return before.rows.flatMap((row) => {
    const changed = afterRows.get(`${row.establishmentId}|${row.cadre}`);
    if (
      changed === undefined ||
      (changed.result.requiredStaff === row.result.requiredStaff &&
        changed.result.actualStaff === row.result.actualStaff)
    ) {
      return [];
    }
    return [
      {
        establishmentId: row.establishmentId,
        provinceCode: row.provinceCode,
        cadre: row.cadre,
        before: row.result,
        after: changed.result,
        requiredStaffChange: changed.result.requiredStaff - row.result.requiredStaff,
        pressureBefore: row.result.pressure,
        pressureAfter: changed.result.pressure,
      },
    ];
  });
}

/**
 * Applies what-if edits to the standards in force (and to staff in post) and returns the region before and after,
 * with the rows that changed, so approvers see the impact before deciding. Nothing is stored.
 * @throws AppError unprocessable when an edit targets a pair with no standard in force or leaves negative staff;
 * validation_failed when an edited standard is not valid (paths start with ['edits', index]).
 */
export function computeWisnWhatIf(input: RegionalWisnInput, edits: readonly WisnWhatIfEdit[]): WisnWhatIf {
  const before = computeRegionalWisn(input);
  const after = computeRegionalWisn(editedInput(input, edits));
  const staffAfter = [
    ...after.rows.map(({ establishmentId, cadre, result }) => ({ establishmentId, cadre, staff: result.actualStaff })),
    ...after.missingStandards.map(({ establishmentId, cadre, actualStaff }) => ({
      establishmentId,
      cadre,
      staff: actualStaff,
    })),
  ];
  const negative = staffAfter.find((pair) => pair.staff < 0);
  if (negative !== undefined) {
    throw unprocessable('The edits remove more staff than are in post', [
      { path: ['edits'], message: `${negative.cadre} at ${negative.establishmentId} would fall below zero` },
    ]);
  }
  return { before, after, changes: rowChanges(before, after) };
}
