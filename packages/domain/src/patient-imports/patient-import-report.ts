import { toCsv, type CsvCell } from '../lib/csv';
import type { PatientImportJob } from './patient-import-job';

export const patientImportReportColumns = [
  'line',
  'local_id',
  'outcome',
  'regional_id',
  'candidate_regional_id',
  'probability',
  'column',
  'message',
] as const;

/**
 * The report of an import as CSV: one line per row with its outcome, and one more line per further problem of a
 * rejected row; problems that concern no row (the file, the header) come first.
 */
export function toPatientImportReportCsv(job: Pick<PatientImportJob, 'rows' | 'errors'>): string {
  const issuesByLine = new Map<number, PatientImportJob['errors']>();
  const fileIssues: PatientImportJob['errors'] = [];
  for (const issue of job.errors) {
    const [scope, line] = issue.path;
    if (scope === 'rows' && typeof line === 'number') {
      issuesByLine.set(line, [...(issuesByLine.get(line) ?? []), issue]);
    } else {
      fileIssues.push(issue);
    }
  }
  const lines: CsvCell[][] = fileIssues.map((issue) => [
    null,
    null,
    'rejected',
    null,
    null,
    null,
    issue.path.join('.'),
    issue.message,
  ]);
  for (const row of job.rows) {
    const probability = row.probability === null ? null : Math.round(row.probability * 1000) / 1000;
    const base: CsvCell[] = [row.line, row.localId, row.outcome, row.regionalId, row.candidateRegionalId, probability];
    const issues = issuesByLine.get(row.line) ?? [];
    if (issues.length === 0) {
      lines.push([...base, null, null]);
    }
    for (const issue of issues) {
      lines.push([...base, String(issue.path[2] ?? ''), issue.message]);
    }
  }
  return toCsv([[...patientImportReportColumns], ...lines]);
}
