import type { FieldIssue } from '../lib/app-error';
import { parseCsv } from '../lib/csv';

/** A patient file as read: its header and each non-blank row, keyed by column, with its line in the file. */
export interface PatientImportFile {
  header: string[];
  records: { line: number; cells: Record<string, string> }[];
}

/**
 * Reads the CSV text of a legacy patient file. Lines are counted as a spreadsheet shows them (the header is line 1,
 * blank rows keep their number), so the report points at the right row.
 */
export function readPatientImportFile(
  content: string,
): { ok: true; file: PatientImportFile } | { ok: false; issues: FieldIssue[] } {
  let table: string[][];
  try {
    table = parseCsv(content);
  } catch (error) {
    return {
      ok: false,
      issues: [{ path: ['content'], message: error instanceof Error ? error.message : 'The file is not valid CSV' }],
    };
  }
  const [rawHeader = [], ...body] = table;
  const header = rawHeader.map((column) => column.trim());
  const records = body.flatMap((row, index) =>
    row.some((cell) => cell.trim() !== '')
      ? [
          {
            line: index + 2,
            cells: Object.fromEntries(header.map((column, position) => [column, row[position] ?? ''])),
          },
        ]
      : [],
  );
  if (records.length === 0) {
    return { ok: false, issues: [{ path: ['content'], message: 'The file has no patient rows under its header' }] };
  }
  return { ok: true, file: { header, records } };
}
