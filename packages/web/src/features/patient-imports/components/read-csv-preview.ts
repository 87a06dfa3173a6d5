import { maxPatientImportCharacters, parseCsv } from '@tansiq/domain';

/** What the page shows of a chosen file before anything is sent: its columns, a few rows and how many rows. */
export interface CsvPreview {
  header: string[];
  samples: string[][];
  rowCount: number;
}

const sampleSize = 20;
/** The file travels in a JSON body, which the server caps at 1 MB: Arabic letters take two bytes each. */
const maxBytes = 900 * 1024;

/** Reads the header and the first rows of a CSV text; `error` says why the file cannot be imported. */
export function readCsvPreview(text: string): { preview: CsvPreview } | { error: 'tooLarge' | 'noRows' | 'invalid' } {
  if (text.length > maxPatientImportCharacters || new TextEncoder().encode(text).length > maxBytes) {
    return { error: 'tooLarge' };
  }
  let table: string[][];
  try {
    table = parseCsv(text);
  } catch {
    return { error: 'invalid' };
  }
  const [header = [], ...body] = table;
  const rows = body.filter((row) => row.some((cell) => cell.trim() !== ''));
  if (header.every((column) => column.trim() === '') || rows.length === 0) {
    return { error: 'noRows' };
  }
  return {
    preview: {
      header: header.map((column) => column.trim()),
      samples: rows.slice(0, sampleSize),
      rowCount: rows.length,
    },
  };
}

/** The text of a chosen file, read as UTF-8 (FileReader: also where `Blob.text` is missing, as in older browsers). */
export function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file, 'utf-8');
  });
}
