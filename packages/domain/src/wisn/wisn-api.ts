import { z } from 'zod';
import { establishmentTypes } from '../establishments/establishment-types';
import { cadreSchema } from '../staff/cadres';
import { provinceCodeSchema } from '../territory/territory-codes';
import { wisnPressures } from './wisn-pressure';
import {
  availableWorkingTimeSchema,
  serviceStandardSchema,
  wisnActivityCodeSchema,
  wisnStandardSchema,
} from './wisn-standard';
import { wisnWhatIfEditsSchema } from './wisn-what-if';

/**
 * Request and response shapes of the WISN API (`/api/wisn…`, issue #5 §3), shared by the server and the web app.
 * A WISN year is a calendar year: its workload is the activity of that year, its standards and staff those in force
 * on its last day (or today, for the current year).
 */
export const wisnYearSchema = z.coerce.number().int().min(2000).max(2100);
const establishmentTypeSchema = z.enum(establishmentTypes);
const pressureSchema = z.enum(wisnPressures);

/** `GET /api/wisn/standards`: every version of every standard of a GST. */
export const wisnStandardsQuerySchema = z.strictObject({ gstId: z.uuid() });

/** One stored version of a standard, with who saved it. */
export const wisnStandardVersionSchema = z.object({
  id: z.uuid(),
  standard: wisnStandardSchema,
  createdAt: z.string(),
  createdByName: z.string().nullable(),
});
export type WisnStandardVersion = z.infer<typeof wisnStandardVersionSchema>;

export const wisnStandardListSchema = z.object({ gstId: z.uuid(), standards: z.array(wisnStandardVersionSchema) });
export type WisnStandardList = z.infer<typeof wisnStandardListSchema>;

/**
 * `PUT /api/wisn/standards`: saves a new version of one (establishment type, cadre) standard. `standard.version` is
 * the latest stored version plus one (1 for a first standard); anything else means someone saved meanwhile (409).
 */
export const putWisnStandardInputSchema = z.strictObject({ gstId: z.uuid(), standard: wisnStandardSchema });
export type PutWisnStandardInput = z.infer<typeof putWisnStandardInputSchema>;

/** `GET /api/wisn/workload`: entered statistics and the platform's own counts of a year. */
export const wisnWorkloadQuerySchema = z.strictObject({
  gstId: z.uuid(),
  year: wisnYearSchema,
  establishmentId: z.uuid().optional(),
});
export type WisnWorkloadQuery = z.infer<typeof wisnWorkloadQuerySchema>;

const workloadFigureSchema = z.object({
  establishmentId: z.uuid(),
  activityCode: wisnActivityCodeSchema,
  annualWorkload: z.number(),
});

export const wisnWorkloadFiguresSchema = z.object({
  gstId: z.uuid(),
  year: z.number().int(),
  /** Platform counts of an unfinished year are scaled to a full year by this factor (1 for a past year). */
  annualisationFactor: z.number(),
  entered: z.array(workloadFigureSchema.extend({ updatedAt: z.string() })),
  platform: z.array(workloadFigureSchema),
});
export type WisnWorkloadFigures = z.infer<typeof wisnWorkloadFiguresSchema>;

/** `PUT /api/wisn/workload`: sets entered figures of one establishment and year; a null figure removes it. */
export const putWisnWorkloadInputSchema = z.strictObject({
  gstId: z.uuid(),
  establishmentId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  entries: z
    .array(
      z.strictObject({ activityCode: wisnActivityCodeSchema, annualWorkload: z.number().min(0).max(1e9).nullable() }),
    )
    .min(1)
    .max(200),
});
export type PutWisnWorkloadInput = z.infer<typeof putWisnWorkloadInputSchema>;

/** `GET /api/wisn`: the regional result of a year, optionally narrowed to a province, cadre or establishment type. */
export const regionalWisnQuerySchema = z.strictObject({
  gstId: z.uuid(),
  year: wisnYearSchema,
  provinceCode: provinceCodeSchema.optional(),
  cadre: cadreSchema.optional(),
  establishmentType: establishmentTypeSchema.optional(),
});
export type RegionalWisnQuery = z.infer<typeof regionalWisnQuerySchema>;

export const wisnEstablishmentSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string().nullable(),
  type: establishmentTypeSchema,
  provinceCode: z.string(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
});
export type WisnEstablishmentSummary = z.infer<typeof wisnEstablishmentSchema>;

const wisnFiguresShape = {
  requiredStaff: z.number(),
  actualStaff: z.number(),
  difference: z.number(),
  ratio: z.number().nullable(),
  pressure: pressureSchema,
};

export const wisnTotalSchema = z.object({ ...wisnFiguresShape, rowCount: z.number().int() });
export type WisnTotalFigures = z.infer<typeof wisnTotalSchema>;

/** One establishment × cadre of the regional table. */
export const wisnRowSummarySchema = z.object({
  establishmentId: z.uuid(),
  cadre: cadreSchema,
  ...wisnFiguresShape,
  standardVersion: z.number().int(),
  missingWorkloadActivityCodes: z.array(z.string()),
});
export type WisnRowSummary = z.infer<typeof wisnRowSummarySchema>;

export const wisnTotalsSchema = z.object({
  byEstablishment: z.array(wisnTotalSchema.extend({ establishmentId: z.uuid(), provinceCode: z.string() })),
  byCadre: z.array(wisnTotalSchema.extend({ cadre: cadreSchema })),
  byProvince: z.array(wisnTotalSchema.extend({ provinceCode: z.string() })),
  region: wisnTotalSchema,
});

export const regionalWisnSchema = z.object({
  gstId: z.uuid(),
  year: z.number().int(),
  onDate: z.string(),
  annualisationFactor: z.number(),
  establishments: z.array(wisnEstablishmentSchema),
  rows: z.array(wisnRowSummarySchema),
  totals: wisnTotalsSchema,
  missingStandards: z.array(
    z.object({
      establishmentId: z.uuid(),
      establishmentType: establishmentTypeSchema,
      cadre: cadreSchema,
      actualStaff: z.number(),
    }),
  ),
});
export type RegionalWisnResponse = z.infer<typeof regionalWisnSchema>;

/** `GET /api/wisn/establishments/:id`: one establishment × cadre, step by step. */
export const establishmentWisnQuerySchema = z.strictObject({ cadre: cadreSchema, year: wisnYearSchema });
export type EstablishmentWisnQuery = z.infer<typeof establishmentWisnQuerySchema>;

/** Every intermediate value of `computeWisn` (its `WisnResult`), as the API sends it. */
export const wisnResultSchema = z.object({
  cadre: cadreSchema,
  establishmentType: establishmentTypeSchema,
  standardVersion: z.number().int(),
  availableWorkingTime: availableWorkingTimeSchema.extend({
    availableWorkingDays: z.number(),
    availableWorkingHours: z.number(),
  }),
  activities: z.array(
    z.object({
      activityCode: z.string(),
      label: z.string(),
      standard: serviceStandardSchema,
      standardWorkload: z.number(),
      annualWorkload: z.number(),
      workloadMissing: z.boolean(),
      staffNeeded: z.number(),
    }),
  ),
  serviceStaff: z.number(),
  categoryAllowances: z.array(z.object({ code: z.string(), label: z.string(), percent: z.number() })),
  totalCategoryAllowancePercent: z.number(),
  categoryAllowanceFactor: z.number(),
  individualAllowances: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      hoursPerYear: z.number(),
      staffCount: z.number(),
      hours: z.number(),
    }),
  ),
  totalIndividualAllowanceHours: z.number(),
  individualAllowanceFactor: z.number(),
  ...wisnFiguresShape,
  missingWorkloadActivityCodes: z.array(z.string()),
  unknownActivityCodes: z.array(z.string()),
});

/** Where each activity's annual workload came from. */
export const wisnWorkloadSourceSchema = z.object({
  activityCode: z.string(),
  platform: z.number().nullable(),
  entered: z.number().nullable(),
});

export const establishmentWisnSchema = z.object({
  establishment: wisnEstablishmentSchema,
  year: z.number().int(),
  onDate: z.string(),
  annualisationFactor: z.number(),
  /** Null when no standard is in force for the establishment's type and this cadre. */
  result: wisnResultSchema.nullable(),
  sources: z.array(wisnWorkloadSourceSchema),
});
export type EstablishmentWisn = z.infer<typeof establishmentWisnSchema>;

/** `POST /api/wisn/what-if`: edits applied to the year's inputs, nothing stored. */
export const wisnWhatIfInputSchema = z.strictObject({
  gstId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  edits: wisnWhatIfEditsSchema,
});
export type WisnWhatIfInput = z.infer<typeof wisnWhatIfInputSchema>;

const rowFiguresSchema = z.object(wisnFiguresShape);

export const wisnWhatIfResponseSchema = z.object({
  before: z.object({ region: wisnTotalSchema, byProvince: wisnTotalsSchema.shape.byProvince }),
  after: z.object({ region: wisnTotalSchema, byProvince: wisnTotalsSchema.shape.byProvince }),
  changes: z.array(
    z.object({ establishmentId: z.uuid(), cadre: cadreSchema, before: rowFiguresSchema, after: rowFiguresSchema }),
  ),
});
export type WisnWhatIfResponse = z.infer<typeof wisnWhatIfResponseSchema>;
