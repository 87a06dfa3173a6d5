/**
 * A small RFC 4180 CSV reader and writer, so imports and exports need no CSV dependency.
 * Reading accepts what spreadsheets really produce: a UTF-8 byte order mark, CRLF or LF line ends,
 * quoted fields with doubled quotes and embedded line breaks.
 */

/**
 * Parses CSV text into rows of raw string cells (no trimming, no type conversion).
 * A final line break does not produce an empty last row; a blank line in the middle is a row with one empty cell.
 * @throws Error when a quoted field is never closed.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  let quoteStart = 0;
  let rowPending = false;
  let index = 0;

  const endCell = (): void => {
    row.push(cell);
    cell = '';
  };
  const endRow = (): void => {
    endCell();
    rows.push(row);
    row = [];
    rowPending = false;
  };

  while (index < input.length) {
    const char = input[index];
    if (char !== '\r' && char !== '\n') {
      rowPending = true;
    }
    if (inQuotes) {
      if (char === '"') {
        if (input[index + 1] === '"') {
          cell += '"';
          index += 2;
          continue;
        }
        inQuotes = false;
      } else {
        cell += char;
      }
      index += 1;
      continue;
    }
    if (char === '"' && cell === '') {
      inQuotes = true;
      quoteStart = index;
    } else if (char === ',') {
      endCell();
    } else if (char === '\r' || char === '\n') {
      endRow();
      // CRLF is one line break.
      if (char === '\r' && input[index + 1] === '\n') {
        index += 1;
      }
    } else {
      // A stray quote inside an unquoted cell is kept as data, as spreadsheets do.
      cell += char;
    }
    index += 1;
  }

  if (inQuotes) {
    throw new Error(`Invalid CSV: the quoted field starting at character ${quoteStart} is never closed`);
  }
  // Flush the last row unless the text ended with a line break (or was empty).
  if (rowPending) {
    endRow();
  }
  return rows;
}

export type CsvCell = string | number | null;

const numberPattern = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): = + - @, plus tab and carriage return,
 * which some spreadsheets strip before evaluating. Numbers such as "-5.8" stay as they are.
 */
function isFormulaLike(value: string): boolean {
  return /^[=+\-@\t\r]/.test(value) && !numberPattern.test(value);
}

function toCsvCell(value: CsvCell): string {
  if (value === null) {
    return '';
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : '';
  }
  const safe = isFormulaLike(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Writes rows as RFC 4180 CSV with CRLF line ends. Cells are quoted only when needed; text cells that a
 * spreadsheet would evaluate as a formula get a leading `'`; `null` and non-finite numbers become empty cells.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(toCsvCell).join(',') + '\r\n').join('');
}

/**
 * Undoes the formula guard of `toCsv` when reading a cell back: `'+212 5…` becomes `+212 5…`, so exported files
 * re-import unchanged. A leading `'` before anything else is kept.
 */
export function fromCsvCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
