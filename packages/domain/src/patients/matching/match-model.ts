import { z } from 'zod';

/** Version of the `MatchModel` layout; bump it when the meaning of a stored model changes. */
export const matchModelVersion = 1;

const probabilitySchema = z.number().min(0).max(1);

/** One comparison column of a model: its levels and, per level, P(level | match) and P(level | non-match). */
export const modelColumnSchema = z.object({
  name: z.string().min(1),
  levels: z.array(z.string()).min(2),
  /** Household-shared attribute (family name, phone, address…): its agreements are not added up, see scoring. */
  shared: z.boolean(),
  /** Index 0 is the "missing" level: it carries no weight and its m and u are not used. */
  m: z.array(probabilitySchema),
  u: z.array(probabilitySchema),
  /** Value frequencies for the term-frequency adjustment of exact agreement (most common values only). */
  termFrequencies: z
    .object({ values: z.record(z.string(), probabilitySchema), defaultFrequency: probabilitySchema })
    .optional(),
});

/** A Fellegi–Sunter model learnt without labels: serialisable and versioned, so it can be stored and reused. */
export const matchModelSchema = z.object({
  version: z.literal(matchModelVersion),
  /**
   * Prior P(match) for two random records, the prior of every score. Scores are then valid for any pair, blocked or
   * not (see expectation-maximisation.ts); for a search among N records, about (matches per query) / N.
   */
  lambda: probabilitySchema,
  /** Expected share of matches among the training candidate pairs (λ among candidates), for reporting. */
  candidateMatchRate: probabilitySchema,
  columns: z.array(modelColumnSchema),
  thresholds: z.object({ link: probabilitySchema, review: probabilitySchema }),
  training: z.object({
    candidatePairs: z.number().int().min(0),
    randomPairs: z.number().int().min(0),
    emIterations: z.number().int().min(0),
    converged: z.boolean(),
  }),
});

export type ModelColumn = z.infer<typeof modelColumnSchema>;
export type MatchModel = z.infer<typeof matchModelSchema>;
