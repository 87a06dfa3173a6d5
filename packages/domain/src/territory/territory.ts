import { z } from 'zod';

/** A region with its GST and the figures the overview shows. */
export const regionSchema = z.object({
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  population2024: z.number().int(),
  households2024: z.number().int(),
});
export type Region = z.infer<typeof regionSchema>;

export const provinceTypes = ['province', 'prefecture', 'prefecture_of_arrondissements'] as const;

export const provinceSchema = z.object({
  code: z.string(),
  regionCode: z.string(),
  parentCode: z.string().nullable(),
  nameFr: z.string(),
  nameAr: z.string(),
  type: z.enum(provinceTypes),
  population2024: z.number().int(),
  households2024: z.number().int(),
  communeCount: z.number().int(),
});
export type Province = z.infer<typeof provinceSchema>;

export const communeSchema = z.object({
  code: z.string(),
  provinceCode: z.string(),
  regionCode: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  type: z.enum(['urban', 'rural']),
  population2024: z.number().int(),
  population2014: z.number().int().nullable(),
  households2024: z.number().int(),
  areaKm2: z.number().nullable(),
  lon: z.number().nullable(),
  lat: z.number().nullable(),
});
export type Commune = z.infer<typeof communeSchema>;

export const gstStatuses = ['planned', 'operational'] as const;

/** Settings of a GST, versioned with the GST record; more will come with each module (pathways, HR, finance). */
export const gstSettingsSchema = z.strictObject({
  /** Reference of the CNDP authorisation for processing health data (loi 09-08; ../shared/DOMAIN.md §9). */
  cndpAuthorisation: z.string().trim().max(100).nullable().default(null),
  /** Contact of the data protection officer shown to patients and staff. */
  dataProtectionContact: z.string().trim().max(200).nullable().default(null),
  /**
   * The video room of a teleconsultation, e.g. `https://visio.example.ma/{room}` for a self-hosted Jitsi: `{room}` is
   * replaced by a room name made for each appointment (issue #4 §7). No video server is part of Tansiq.
   */
  teleconsultationLinkTemplate: z
    .string()
    .trim()
    .max(300)
    .regex(/^https:\/\/[^\s]+\{room\}[^\s]*$/, 'An https address containing {room}')
    .nullable()
    .default(null),
  /** Working weekdays of the GST's calendar (ISO: 1 = Monday … 7 = Sunday); referral timers count on them. */
  workingWeekdays: z.array(z.number().int().min(1).max(7)).min(1).max(7).default([1, 2, 3, 4, 5]),
});
export type GstSettings = z.infer<typeof gstSettingsSchema>;

export const gstSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  regionCode: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  isPilot: z.boolean(),
  status: z.enum(gstStatuses),
  operationalSince: z.string().nullable(),
  settings: gstSettingsSchema,
});
export type Gst = z.infer<typeof gstSchema>;

/** What a national administrator changes on a GST: its start, its names, its settings. */
export const updateGstInputSchema = z
  .strictObject({
    nameFr: z.string().trim().min(3).max(200).optional(),
    nameAr: z.string().trim().min(3).max(200).optional(),
    status: z.enum(gstStatuses).optional(),
    operationalSince: z.iso.date().nullable().optional(),
    settings: gstSettingsSchema.optional(),
  })
  .superRefine((value, context) => {
    if (value.status === 'operational' && value.operationalSince === null) {
      context.addIssue({ code: 'custom', path: ['operationalSince'], message: 'An operational GST has a start date' });
    }
  });
export type UpdateGstInput = z.infer<typeof updateGstInputSchema>;

/** One province's row in the regional overview (the carte sanitaire at a glance). */
export const provinceOverviewSchema = z.object({
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string(),
  population2024: z.number().int(),
  establishments: z.number().int(),
  primaryCare: z.number().int(),
  hospitals: z.number().int(),
  beds: z.number().int(),
  establishmentsPer10k: z.number(),
  primaryCarePer10k: z.number(),
  bedsPer10k: z.number(),
});
export type ProvinceOverview = z.infer<typeof provinceOverviewSchema>;

export const regionOverviewSchema = z.object({
  gst: gstSchema,
  region: regionSchema,
  totals: provinceOverviewSchema.omit({ code: true, nameFr: true, nameAr: true }),
  provinces: z.array(provinceOverviewSchema),
  byType: z.array(z.object({ type: z.string(), count: z.number().int() })),
  demo: z.object({ generated: z.number().int(), demo: z.number().int() }),
});
export type RegionOverview = z.infer<typeof regionOverviewSchema>;
