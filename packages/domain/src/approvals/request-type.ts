import type { z } from 'zod';
import { validationFailed } from '../lib/app-error';
import { toFieldIssues } from '../lib/parse';
import type { RequestMeasures } from './approval-chain';

/**
 * A request type as its feature declares it in code (HR mobility, roster swaps, leave; later purchasing, recruitment,
 * activity transfers, private contracts): its code, the schema of its subject and how the subject's amount and
 * duration are measured. The approvals module never knows what a subject means. Registries are plain values built
 * by the caller (no registration through side-effect imports).
 */
export interface RequestTypeDefinition<TSubject> {
  type: string;
  subjectSchema: z.ZodType<TSubject>;
  /** The measures that select the chain, computed from the parsed subject (e.g. a mission's days from its dates). */
  measure: (subject: TSubject) => RequestMeasures;
  /** Which measures its requests can have, so a configuration is checked for gaps on those only (default: both). */
  measured?: MeasuredBy;
}

/** Whether a type's requests carry an amount, a duration (null stays possible: a permanent transfer has none). */
export interface MeasuredBy {
  amount: boolean;
  duration: boolean;
}

/** A subject parsed by its type's schema, with the measures that select its chain. */
export interface ParsedRequestSubject {
  subject: unknown;
  measures: RequestMeasures;
}

/** A request type with its subject type erased, so that types of different subjects share one registry. */
export interface RequestType {
  type: string;
  /** @throws AppError validation_failed with paths under `subject`. */
  parseSubject: (raw: unknown) => ParsedRequestSubject;
  measured: MeasuredBy;
}

/** The request types a server knows, by code. */
export type RequestTypeRegistry = ReadonlyMap<string, RequestType>;

/** Declares a request type; keep the typed definition for the feature's own use and register the result. */
export function defineRequestType<TSubject>(definition: RequestTypeDefinition<TSubject>): RequestType {
  return {
    type: definition.type,
    measured: definition.measured ?? { amount: true, duration: true },
    parseSubject: (raw) => {
      const result = definition.subjectSchema.safeParse(raw);
      if (!result.success) {
        const issues = toFieldIssues(result.error).map((issue) => ({ ...issue, path: ['subject', ...issue.path] }));
        throw validationFailed(`The ${definition.type} request is not valid`, issues);
      }
      return { subject: result.data, measures: definition.measure(result.data) };
    },
  };
}

/** Builds a registry; a type declared twice is a programming error. */
export function createRequestTypeRegistry(types: readonly RequestType[]): RequestTypeRegistry {
  const registry = new Map<string, RequestType>();
  for (const requestType of types) {
    if (registry.has(requestType.type)) {
      throw new Error(`Request type ${requestType.type} is declared twice`);
    }
    registry.set(requestType.type, requestType);
  }
  return registry;
}

/**
 * Parses an incoming request's subject with its type's schema.
 * @throws AppError validation_failed on an unknown type (path `type`) or an invalid subject (paths under `subject`).
 */
export function parseRequestSubject(registry: RequestTypeRegistry, type: string, raw: unknown): ParsedRequestSubject {
  const requestType = registry.get(type);
  if (!requestType) {
    throw validationFailed('Unknown request type', [{ path: ['type'], message: `Unknown request type ${type}` }]);
  }
  return requestType.parseSubject(raw);
}
