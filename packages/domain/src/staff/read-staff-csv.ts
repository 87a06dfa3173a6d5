import type { FieldIssue } from '../lib/app-error';
import { parseCsv, toCsv } from '../lib/csv';
import { staffCsvColumns, staffFromCsvRecord, type StaffCsvRow } from './staff-csv';

/** The most rows one staff file may hold (a region's whole workforce is a few thousand people). */
export const maxStaffCsvRows = 20_000;

/** Every import is all or nothing: either every row is valid, or the report of every problem by row and column. */
export type StaffCsvReadResult = { ok: true; rows: StaffCsvRow[] } | { ok: false; issues: FieldIssue[] };

/** Checks the header: every template column present, nothing unknown. */
export function checkStaffCsvHeader(header: readonly string[]): FieldIssue[] {
  const known = new Set<string>(staffCsvColumns);
  const unknown = header.flatMap((column, index) =>
    known.has(column) ? [] : [{ path: ['header', index], message: `Unknown column "${column}"` }],
  );
  const missing = staffCsvColumns.flatMap((column) =>
    header.includes(column) ? [] : [{ path: ['header', column], message: `Missing column "${column}"` }],
  );
  return [...unknown, ...missing];
}

/** Flags a value (CIN, staff id) given on two rows of the same file, on the later row. */
function duplicateIssues(
  rows: readonly StaffCsvRow[],
  column: string,
  value: (row: StaffCsvRow) => string | null,
): FieldIssue[] {
  const firstRow = new Map<string, number>();
  return rows.flatMap((row) => {
    const key = value(row);
    if (key === null) {
      return [];
    }
    const earlier = firstRow.get(key);
    firstRow.set(key, earlier ?? row.rowNumber);
    return earlier === undefined ? [] : [{ path: ['rows', row.rowNumber, column], message: `Same as row ${earlier}` }];
  });
}

/**
 * Reads a whole staff CSV (issue #5 §8): header, every row, and values that must be unique inside the file. Blank
 * lines are skipped. Whether a CIN or staff id already exists in the GST is for the server to check.
 */
export function readStaffCsv(text: string): StaffCsvReadResult {
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch (error) {
    return { ok: false, issues: [{ path: ['file'], message: error instanceof Error ? error.message : 'Invalid CSV' }] };
  }
  const [header = [], ...records] = table;
  const headerIssues = checkStaffCsvHeader(header.map((column) => column.trim()));
  if (headerIssues.length > 0) {
    return { ok: false, issues: headerIssues };
  }
  if (records.length > maxStaffCsvRows) {
    return { ok: false, issues: [{ path: ['file'], message: `At most ${maxStaffCsvRows} rows per file` }] };
  }
  const rows: StaffCsvRow[] = [];
  const issues: FieldIssue[] = [];
  records.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) {
      return;
    }
    const record = Object.fromEntries(header.map((column, position) => [column.trim(), cells[position] ?? '']));
    const result = staffFromCsvRecord(record, index + 2);
    if (result.ok) {
      rows.push({
        rowNumber: result.rowNumber,
        staffId: result.staffId,
        input: result.input,
        primaryAssignment: result.primaryAssignment,
      });
    } else {
      issues.push(...result.issues);
    }
  });
  issues.push(
    ...duplicateIssues(rows, 'cin', (row) => row.input.cin),
    ...duplicateIssues(rows, 'staff_id', (row) => row.staffId),
  );
  if (rows.length === 0 && issues.length === 0) {
    issues.push({ path: ['file'], message: 'The file has no staff rows' });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, rows };
}

/** The staff CSV file: the header then the rows made by `staffToCsvRow`. */
export const toStaffCsv = (rows: readonly (readonly (string | number | null)[])[]): string =>
  toCsv([[...staffCsvColumns], ...rows]);
