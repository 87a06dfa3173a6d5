import { z } from 'zod';
import { fieldRoles, toBirthDateParser, type MatchField } from '@tansiq/domain';

const roleSchema = z.enum(fieldRoles);

/** The column map of `npm run mpi`: column name → role, or `{ role, format }` (for birth dates). */
export const mpiMapSchema = z
  .record(
    z.string().min(1),
    z.union([roleSchema, z.object({ role: roleSchema, format: z.string().min(1).optional() }).strict()]),
  )
  .superRefine((map, context) => {
    const ids = Object.values(map).filter((entry) => (typeof entry === 'string' ? entry : entry.role) === 'id');
    if (ids.length !== 1) {
      context.addIssue({ code: 'custom', message: `the map needs exactly one "id" column (found ${ids.length})` });
    }
    for (const [column, entry] of Object.entries(map)) {
      if (typeof entry !== 'string' && entry.role === 'birth_date' && entry.format !== undefined) {
        if (toBirthDateParser(entry.format) === undefined) {
          context.addIssue({
            code: 'custom',
            path: [column, 'format'],
            message: `unreadable date format "${entry.format}" (use YYYY, MM and DD, e.g. YYYYMMDD or DD/MM/YYYY)`,
          });
        }
      }
    }
  });

export type MpiMap = z.infer<typeof mpiMapSchema>;

/** A bad command line, map or input file: reported in one line, exit code 2. */
export class MpiUsageError extends Error {}

/** Parses the map's JSON text. @throws MpiUsageError listing every problem. */
export function parseMpiMap(text: string): { idColumn: string; fields: MatchField[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new MpiUsageError(`the map is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = mpiMapSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const path = issue.path.join('.');
      return path === '' ? issue.message : `${path}: ${issue.message}`;
    });
    throw new MpiUsageError(`invalid map: ${problems.join('; ')}`);
  }
  let idColumn = '';
  const fields: MatchField[] = [];
  for (const [name, entry] of Object.entries(parsed.data)) {
    const role = typeof entry === 'string' ? entry : entry.role;
    const format = typeof entry === 'string' ? undefined : entry.format;
    if (role === 'id') {
      idColumn = name;
    } else if (role !== 'ignore') {
      fields.push({ name, role, ...(format === undefined ? {} : { format }) });
    }
  }
  return { idColumn, fields };
}
