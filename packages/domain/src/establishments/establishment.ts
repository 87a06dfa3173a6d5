import { z } from 'zod';
import {
  allowedCareLevels,
  careLevels,
  establishmentStatuses,
  establishmentTypes,
  type CareLevel,
  type EstablishmentType,
} from './establishment-types';
import { equipmentCodes, specialtyCodes } from './specialties';
import { isValidOpeningHours } from './opening-hours';
import { communeCodeSchema, latitudeSchema, longitudeSchema, provinceCodeSchema } from '../territory/territory-codes';

export const establishmentTypeSchema = z.enum(establishmentTypes);
export const careLevelSchema = z.enum(careLevels);
export const establishmentStatusSchema = z.enum(establishmentStatuses);

/** A business code chosen by the GST, unique inside it (e.g. TTA-H-001). */
export const establishmentCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, 'Use 2 to 32 capital letters, digits and hyphens');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();

export const serviceOfferSchema = z.strictObject({
  specialtyCode: z.enum(specialtyCodes as [string, ...string[]]),
  beds: z.number().int().min(0).max(5000),
});
export type ServiceOffer = z.infer<typeof serviceOfferSchema>;

export const equipmentItemSchema = z.strictObject({
  equipmentCode: z.enum(equipmentCodes as [string, ...string[]]),
  quantity: z.number().int().min(0).max(1000),
});
export type EquipmentItem = z.infer<typeof equipmentItemSchema>;

const uniqueBy =
  <T>(key: (item: T) => string, label: string) =>
  (items: T[], context: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(key(item))) {
        context.addIssue({ code: 'custom', path: [index], message: `${label} ${key(item)} is listed twice` });
      }
      seen.add(key(item));
    });
  };

/** Field schemas without defaults: the update schema must not invent values for fields the user did not send. */
const fields = {
  code: establishmentCodeSchema,
  nameFr: z.string().trim().min(2).max(200),
  nameAr: optionalText(200),
  type: establishmentTypeSchema,
  level: careLevelSchema,
  provinceCode: provinceCodeSchema,
  communeCode: communeCodeSchema.nullable(),
  lon: longitudeSchema,
  lat: latitudeSchema,
  address: optionalText(300),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 .()-]{5,19}$/, 'A phone number such as +212 539 00 00 00')
    .nullable(),
  status: z.enum(['active', 'planned']),
  openingHours: z
    .string()
    .trim()
    .refine(isValidOpeningHours, 'Use 24/7 or rules such as "Mo-Fr 08:30-16:30; Sa 08:30-12:00"')
    .nullable(),
  services: z
    .array(serviceOfferSchema)
    .max(60)
    .superRefine(uniqueBy((s) => s.specialtyCode, 'Service')),
  equipment: z
    .array(equipmentItemSchema)
    .max(40)
    .superRefine(uniqueBy((e) => e.equipmentCode, 'Equipment')),
};

function checkLevelFitsType(value: { type?: EstablishmentType; level?: CareLevel }, context: z.RefinementCtx) {
  if (value.type && value.level && !allowedCareLevels[value.type].includes(value.level)) {
    context.addIssue({
      code: 'custom',
      path: ['level'],
      message: `A ${value.type} cannot be at the ${value.level} level`,
    });
  }
}

/** What a user enters to register an establishment. Unknown fields are rejected. */
export const createEstablishmentInputSchema = z
  .strictObject({
    ...fields,
    nameAr: fields.nameAr.default(null),
    communeCode: fields.communeCode.default(null),
    address: fields.address.default(null),
    phone: fields.phone.default(null),
    status: fields.status.default('active'),
    openingHours: fields.openingHours.default(null),
    services: fields.services.default([]),
    equipment: fields.equipment.default([]),
  })
  .superRefine(checkLevelFitsType);
export type CreateEstablishmentInput = z.infer<typeof createEstablishmentInputSchema>;

/** A change to an establishment: any subset of fields, with the version the user edited (optimistic locking). */
export const updateEstablishmentInputSchema = z
  .strictObject({
    version: z.number().int().min(1),
    nameFr: fields.nameFr.optional(),
    nameAr: fields.nameAr.optional(),
    type: fields.type.optional(),
    level: fields.level.optional(),
    provinceCode: fields.provinceCode.optional(),
    communeCode: fields.communeCode.optional(),
    lon: fields.lon.optional(),
    lat: fields.lat.optional(),
    address: fields.address.optional(),
    phone: fields.phone.optional(),
    status: fields.status.optional(),
    openingHours: fields.openingHours.optional(),
    services: fields.services.optional(),
    equipment: fields.equipment.optional(),
  })
  .superRefine(checkLevelFitsType);
export type UpdateEstablishmentInput = z.infer<typeof updateEstablishmentInputSchema>;

/** Fields only registry managers may change; establishment admins edit the rest. */
export const establishmentIdentityFields = [
  'type',
  'level',
  'provinceCode',
  'communeCode',
  'lon',
  'lat',
  'status',
] as const;

export const closeEstablishmentInputSchema = z.strictObject({
  version: z.number().int().min(1),
  reason: z.string().trim().min(3).max(500),
  closedOn: z.iso.date(),
});
export type CloseEstablishmentInput = z.infer<typeof closeEstablishmentInputSchema>;

export const reopenEstablishmentInputSchema = z.strictObject({ version: z.number().int().min(1) });
export type ReopenEstablishmentInput = z.infer<typeof reopenEstablishmentInputSchema>;

const placeSchema = z.object({ code: z.string(), nameFr: z.string(), nameAr: z.string() });

/** An establishment as the API presents it. */
export const establishmentSchema = z.object({
  id: z.uuid(),
  gstId: z.uuid(),
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string().nullable(),
  type: establishmentTypeSchema,
  level: careLevelSchema,
  province: placeSchema,
  commune: placeSchema.nullable(),
  lon: z.number(),
  lat: z.number(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  status: establishmentStatusSchema,
  openingHours: z.string().nullable(),
  services: z.array(serviceOfferSchema),
  equipment: z.array(equipmentItemSchema),
  totalBeds: z.number().int(),
  isGenerated: z.boolean(),
  isDemo: z.boolean(),
  osmId: z.string().nullable(),
  closedOn: z.string().nullable(),
  closureReason: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Establishment = z.infer<typeof establishmentSchema>;

const csvList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(',').filter((item) => item !== '')));

/** Filters and paging of the establishment list. */
export const listEstablishmentsQuerySchema = z.strictObject({
  gstId: z.uuid().optional(),
  provinceCode: provinceCodeSchema.optional(),
  communeCode: communeCodeSchema.optional(),
  type: csvList.pipe(z.array(establishmentTypeSchema)).optional(),
  level: careLevelSchema.optional(),
  specialtyCode: z.enum(specialtyCodes as [string, ...string[]]).optional(),
  status: establishmentStatusSchema.optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(25),
});
export type ListEstablishmentsQuery = z.infer<typeof listEstablishmentsQuerySchema>;

export const establishmentPageSchema = z.object({
  items: z.array(establishmentSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type EstablishmentPage = z.infer<typeof establishmentPageSchema>;

/** One field that changed, in the establishment's history. */
export const fieldChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const establishmentChangeActions = ['created', 'updated', 'closed', 'reopened', 'imported'] as const;

export const establishmentChangeSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  action: z.enum(establishmentChangeActions),
  changedAt: z.string(),
  changedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  changes: z.array(fieldChangeSchema),
});
export type EstablishmentChange = z.infer<typeof establishmentChangeSchema>;
