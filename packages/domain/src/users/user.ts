import { z } from 'zod';
import { roleSchema, scopeLevelSchema, allowedScopeLevels } from '../auth/roles';
import { provinceCodeSchema } from '../territory/territory-codes';

export const locales = ['fr', 'ar', 'en'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'Use 3 to 64 letters, digits, dots, hyphens or underscores');

/** Long passphrases rather than composition rules (NIST SP 800-63B). */
export const passwordSchema = z.string().min(12, 'At least 12 characters').max(256);

export const loginInputSchema = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginInput = z.infer<typeof loginInputSchema>;

export const assignmentInputSchema = z
  .strictObject({
    role: roleSchema,
    scopeLevel: scopeLevelSchema,
    gstId: z.uuid().nullable().default(null),
    provinceCode: provinceCodeSchema.nullable().default(null),
    establishmentId: z.uuid().nullable().default(null),
    validFrom: z.iso.date(),
    validTo: z.iso.date().nullable().default(null),
  })
  .superRefine((value, context) => {
    if (!allowedScopeLevels[value.role].includes(value.scopeLevel)) {
      context.addIssue({
        code: 'custom',
        path: ['scopeLevel'],
        message: `${value.role} cannot be held at ${value.scopeLevel} level`,
      });
    }
    const needs = {
      gstId: value.scopeLevel !== 'national',
      provinceCode: value.scopeLevel === 'province',
      establishmentId: value.scopeLevel === 'establishment',
    };
    for (const [field, required] of Object.entries(needs)) {
      const present = value[field as keyof typeof needs] != null;
      if (required && !present) {
        context.addIssue({ code: 'custom', path: [field], message: `Required for a ${value.scopeLevel} scope` });
      }
      if (!required && present) {
        context.addIssue({ code: 'custom', path: [field], message: `Must be empty for a ${value.scopeLevel} scope` });
      }
    }
    if (value.validTo && value.validTo < value.validFrom) {
      context.addIssue({ code: 'custom', path: ['validTo'], message: 'Ends before it starts' });
    }
  });
export type AssignmentInput = z.infer<typeof assignmentInputSchema>;

export const createUserInputSchema = z.strictObject({
  username: usernameSchema,
  displayName: z.string().trim().min(2).max(120),
  email: z.email().nullable().default(null),
  password: passwordSchema,
  locale: localeSchema.default('fr'),
  homeGstId: z.uuid().nullable(),
  assignments: z.array(assignmentInputSchema).min(1).max(20),
});
export type CreateUserInput = z.infer<typeof createUserInputSchema>;

export const updateUserInputSchema = z.strictObject({
  displayName: z.string().trim().min(2).max(120).optional(),
  email: z.email().nullable().optional(),
  isActive: z.boolean().optional(),
  password: passwordSchema.optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserInputSchema>;

export const updateMeInputSchema = z.strictObject({ locale: localeSchema });

export const assignmentSchema = z.object({
  id: z.uuid(),
  role: roleSchema,
  scopeLevel: scopeLevelSchema,
  gstId: z.uuid().nullable(),
  provinceCode: z.string().nullable(),
  establishmentId: z.uuid().nullable(),
  establishmentName: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  locale: localeSchema,
  homeGstId: z.uuid().nullable(),
  isActive: z.boolean(),
  isDemo: z.boolean(),
  lastLoginAt: z.string().nullable(),
  assignments: z.array(assignmentSchema),
});
export type User = z.infer<typeof userSchema>;

export const listUsersQuerySchema = z.strictObject({
  gstId: z.uuid().optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;

/** What the web app learns about the signed-in user. */
export const meSchema = z.object({
  user: userSchema,
  csrfToken: z.string(),
  gsts: z.array(
    z.object({ id: z.uuid(), code: z.string(), nameFr: z.string(), nameAr: z.string(), regionCode: z.string() }),
  ),
  demoMode: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;
