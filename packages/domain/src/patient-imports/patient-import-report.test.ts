import { describe, expect, it } from 'vitest';
import { parseCsv } from '../lib/csv';
import { toPatientImportReportCsv } from './patient-import-report';

const row = (line: number, outcome: 'linked' | 'new' | 'sent_to_review' | 'rejected') => ({
  line,
  localId: `IPP-${line}`,
  outcome,
  patientId: null,
  regionalId: outcome === 'linked' ? '1234567890' : null,
  candidatePatientId: null,
  candidateRegionalId: outcome === 'sent_to_review' ? '9876543210' : null,
  probability: outcome === 'sent_to_review' ? 0.61234 : null,
});

describe('the import report as CSV', () => {
  it('lists every row with its outcome and one line per problem of a rejected row', () => {
    const csv = toPatientImportReportCsv({
      rows: [row(2, 'linked'), row(3, 'sent_to_review'), row(4, 'rejected')],
      errors: [
        { path: ['rows', 4, 'CIN'], message: 'A CIN has 1 or 2 letters then up to 6 digits, e.g. AB123456' },
        { path: ['rows', 4, 'DDN'], message: 'This date does not exist' },
      ],
    });
    expect(parseCsv(csv)).toEqual([
      ['line', 'local_id', 'outcome', 'regional_id', 'candidate_regional_id', 'probability', 'column', 'message'],
      ['2', 'IPP-2', 'linked', '1234567890', '', '', '', ''],
      ['3', 'IPP-3', 'sent_to_review', '', '9876543210', '0.612', '', ''],
      ['4', 'IPP-4', 'rejected', '', '', '', 'CIN', 'A CIN has 1 or 2 letters then up to 6 digits, e.g. AB123456'],
      ['4', 'IPP-4', 'rejected', '', '', '', 'DDN', 'This date does not exist'],
    ]);
  });
});
