/**
 * CSV exports against formula injection (issue 17, item 6): a cell a spreadsheet would run as a formula
 * (=, +, -, @, a tab or a carriage return first) is written with an apostrophe before it; anything else,
 * and numbers, stay exactly as they are. Parsed back with the same CSV parser the app imports with.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sheetCsv } from '../../electron/core/services/export/sheets';

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;

describe('sheetCsv', () => {
  it('prefixes every formula-starting cell with an apostrophe and leaves the rest alone', () => {
    const risky = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tTAB', '\rCR', '=HYPERLINK("http://x.example","go")'];
    const safe = ['plain words', 'a = b', 'costs -2', 'mail a@b.example', "'already quoted", ''];
    const csv = sheetCsv({ name: 'T', header: ['cell', 'n'], rows: [...risky, ...safe].map((c) => [c, -5]) });
    const rows = parse(csv);
    expect(rows[0]).toEqual(['cell', 'n']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([...risky.map((c) => `'${c}`), ...safe]);
    // Numbers are numbers, not text that starts with "-".
    expect(rows.slice(1).every((r) => r[1] === '-5')).toBe(true);
    expect(csv.startsWith('\ufeff"cell","n"\r\n')).toBe(true);
  });
});
