import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv, type CsvCell } from './csv';

describe('parseCsv', () => {
  it.each([
    { name: 'empty text', text: '', expected: [] },
    { name: 'one row, no final line break', text: 'a,b,c', expected: [['a', 'b', 'c']] },
    {
      name: 'final LF ignored',
      text: 'a,b\n1,2\n',
      expected: [
        ['a', 'b'],
        ['1', '2'],
      ],
    },
    {
      name: 'CRLF line ends',
      text: 'a,b\r\n1,2\r\n',
      expected: [
        ['a', 'b'],
        ['1', '2'],
      ],
    },
    { name: 'lone CR line ends', text: 'a\rb', expected: [['a'], ['b']] },
    {
      name: 'byte order mark dropped',
      text: '\uFEFFcode,name\n01,TTA',
      expected: [
        ['code', 'name'],
        ['01', 'TTA'],
      ],
    },
    { name: 'empty cells kept', text: ',a,,\n', expected: [['', 'a', '', '']] },
    { name: 'quoted comma', text: '"Tanger, Assilah",x', expected: [['Tanger, Assilah', 'x']] },
    { name: 'escaped quotes', text: '"Dar ""Chaoui""",1', expected: [['Dar "Chaoui"', '1']] },
    {
      name: 'embedded LF',
      text: '"line 1\nline 2",b\nc,d',
      expected: [
        ['line 1\nline 2', 'b'],
        ['c', 'd'],
      ],
    },
    { name: 'embedded CRLF kept as data', text: '"a\r\nb"\r\n', expected: [['a\r\nb']] },
    { name: 'quoted empty cell at the end', text: 'a,""', expected: [['a', '']] },
    { name: 'only a quoted empty cell', text: '""', expected: [['']] },
    { name: 'blank line in the middle', text: 'a\n\nb\n', expected: [['a'], [''], ['b']] },
    { name: 'stray quote inside unquoted cell', text: 'l\'oued 5" pipe,x', expected: [['l\'oued 5" pipe', 'x']] },
    { name: 'Arabic text', text: 'name_ar\nطنجة-أصيلة', expected: [['name_ar'], ['طنجة-أصيلة']] },
    { name: 'spaces are not trimmed', text: ' a , b ', expected: [[' a ', ' b ']] },
  ])('$name', ({ text, expected }) => {
    expect(parseCsv(text)).toEqual(expected);
  });

  it('rejects a quoted field that is never closed', () => {
    expect(() => parseCsv('a,"open\nb,c')).toThrow(/never closed/);
  });
});

describe('toCsv', () => {
  it.each<{ name: string; rows: CsvCell[][]; expected: string }>([
    {
      name: 'plain cells',
      rows: [
        ['a', 'b'],
        ['1', '2'],
      ],
      expected: 'a,b\r\n1,2\r\n',
    },
    { name: 'numbers and null', rows: [[1, -5.8, null, 0]], expected: '1,-5.8,,0\r\n' },
    { name: 'non-finite numbers become empty', rows: [[Number.NaN, Number.POSITIVE_INFINITY]], expected: ',\r\n' },
    { name: 'comma is quoted', rows: [['Tanger, Assilah']], expected: '"Tanger, Assilah"\r\n' },
    { name: 'quotes are doubled', rows: [['say "hi"']], expected: '"say ""hi"""\r\n' },
    { name: 'line breaks are quoted', rows: [['a\nb', 'c\r\nd']], expected: '"a\nb","c\r\nd"\r\n' },
    { name: 'formula with =', rows: [['=1+2']], expected: "'=1+2\r\n" },
    { name: 'formula with +', rows: [['+33 6 12']], expected: "'+33 6 12\r\n" },
    { name: 'formula with -', rows: [['-cmd|calc']], expected: "'-cmd|calc\r\n" },
    { name: 'formula with @', rows: [['@SUM(A1)']], expected: "'@SUM(A1)\r\n" },
    {
      name: 'formula with a comma is prefixed then quoted',
      rows: [['=HYPERLINK("x","y")']],
      expected: '"\'=HYPERLINK(""x"",""y"")"\r\n',
    },
    { name: 'leading tab is neutralised', rows: [['\t=1']], expected: "'\t=1\r\n" },
    { name: 'numeric strings are left alone', rows: [['-5.8', '+3', '-1e3', '-.5']], expected: '-5.8,+3,-1e3,-.5\r\n' },
    { name: 'a lone minus is not a number', rows: [['-']], expected: "'-\r\n" },
    { name: 'formula sign in the middle is fine', rows: [['a=b']], expected: 'a=b\r\n' },
    { name: 'empty rows list', rows: [], expected: '' },
  ])('$name', ({ rows, expected }) => {
    expect(toCsv(rows)).toBe(expected);
  });

  it('round-trips through parseCsv', () => {
    const rows = [
      ['code', 'name_fr', 'name_ar', 'note'],
      ['01.511.01.0', 'Tanger', 'طنجة', 'a "quoted", multi\r\nline note'],
      ['01.227.05.05', 'Ksar Sghir', 'القصر الصغير', ''],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
