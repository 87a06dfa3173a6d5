import { z } from 'zod';
import { appErrorCodes } from '@tansiq/domain';

/** The error body every route may answer with (documented in OpenAPI). */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(appErrorCodes),
    message: z.string(),
    issues: z.array(
      z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string(), code: z.string().optional() }),
    ),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const errorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  413: errorBodySchema,
  415: errorBodySchema,
  422: errorBodySchema,
  429: errorBodySchema,
} as const;

export const idParamsSchema = z.strictObject({ id: z.uuid() });
export const gstParamsSchema = z.strictObject({ gstId: z.uuid() });
