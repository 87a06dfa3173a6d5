import type { z } from 'zod';
import { validationFailed, type FieldIssue } from './app-error';

/** Turns zod issues into field issues with paths. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
    message: issue.message,
    code: issue.code,
  }));
}

/**
 * Parses untrusted input with a schema.
 * @throws AppError validation_failed with the field paths of every problem.
 */
export function parse<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw validationFailed('The input is not valid', toFieldIssues(result.error));
  }
  return result.data;
}
