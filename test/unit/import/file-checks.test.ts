import { describe, expect, it } from 'vitest';
import { checkDataRows, checkHeader, checkMapping, inspectBytes } from '../../../shared/import/file-checks';
import { autoMap } from '../../../shared/import/auto-map';
import { decodeWindows1252 } from '../../../shared/import/windows-1252';
import { fixtureBytes, loadCsv } from './helpers';

describe('inspectBytes', () => {
  it('gives an empty file one message', () => {
    expect(inspectBytes('empty.csv', fixtureBytes('empty.csv'))).toEqual({
      kind: 'empty',
      problem: {
        file: 'empty.csv', row: null, column: null, value: null, severity: 'error', code: 'empty-file',
        message: "'empty.csv' is empty. Export the data from your CRM again and check that the export finished; then import the new file.",
      },
    });
    expect(inspectBytes('bom.csv', new Uint8Array([0xef, 0xbb, 0xbf, 0x0d, 0x0a])).kind).toBe('empty');
    expect(inspectBytes('bom16.csv', new Uint8Array([0xff, 0xfe, 0x0a, 0x00])).kind).toBe('empty');
  });

  it('gives a binary file one message naming what it is', () => {
    const check = inspectBytes('binary.csv', fixtureBytes('binary.csv'));
    expect(check.kind).toBe('binary');
    expect(check.kind !== 'text' && check.problem.message).toBe(
      "'binary.csv' is a PNG image, not a CSV text file. Choose the CSV file exported from your CRM.",
    );
    const nul = inspectBytes('x.csv', new TextEncoder().encode('Lead ID,Email\n\u0000\u0001\u0002'));
    expect(nul.kind !== 'text' && nul.problem.code).toBe('binary-file');
  });

  it('tells an Excel workbook apart and says how to save it as CSV', () => {
    const xlsx = inspectBytes('leads.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    expect(xlsx.kind !== 'text' && xlsx.problem).toMatchObject({
      code: 'spreadsheet-file',
      message:
        "'leads.xlsx' is an Excel workbook (.xlsx) or another zip archive, not a CSV text file. Open it in Excel, " +
        'choose File › Save As › "CSV UTF-8 (comma delimited)", and import the saved file.',
    });
    const xls = inspectBytes('leads.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(xls.kind !== 'text' && xls.problem.code).toBe('spreadsheet-file');
  });

  it('names the encoding: UTF-8 with and without BOM, UTF-16 with BOM, Windows-1252', () => {
    expect(inspectBytes('h.csv', fixtureBytes('hubspot-leads.csv'))).toEqual({ kind: 'text', encoding: 'utf-8', bom: false });
    expect(inspectBytes('e.csv', fixtureBytes('european-semicolon.csv'))).toEqual({ kind: 'text', encoding: 'utf-8', bom: true });
    expect(inspectBytes('u.csv', fixtureBytes('utf16-bom.csv'))).toEqual({ kind: 'text', encoding: 'utf-16le', bom: true });
    expect(inspectBytes('w.csv', fixtureBytes('windows-1252.csv'))).toEqual({ kind: 'text', encoding: 'windows-1252', bom: false });
    expect(inspectBytes('be.csv', new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0x2c, 0x00, 0x42]))).toEqual({
      kind: 'text', encoding: 'utf-16be', bom: true,
    });
  });

  it('recognises UTF-16 without a BOM by its NUL bytes instead of calling it binary', () => {
    const bytes = new Uint8Array([...'Lead ID,Email\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(inspectBytes('u.csv', bytes)).toEqual({ kind: 'text', encoding: 'utf-16le', bom: false });
  });

  it('accepts a UTF-8 sequence cut off by the end of the sample', () => {
    const bytes = new TextEncoder().encode('Company\nMüller');
    expect(inspectBytes('x.csv', bytes.subarray(0, bytes.length - 5))).toMatchObject({ encoding: 'utf-8' });
  });
});

describe('decodeWindows1252', () => {
  it('decodes the fixture with é, ü and €', () => {
    const text = decodeWindows1252(fixtureBytes('windows-1252.csv'));
    expect(text).toContain('Café René');
    expect(text).toContain('Müller GmbH');
    expect(text).toContain('"€1,200.00"');
  });

  it('maps bytes 0x80-0x9F as the WHATWG table does', () => {
    const high = Array.from({ length: 32 }, (_, i) => 0x80 + i);
    expect(decodeWindows1252(new Uint8Array(high))).toBe(
      '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ',
    );
    expect(decodeWindows1252(new Uint8Array([0x41, 0xa0, 0xe9, 0xff]))).toBe('A\u00a0éÿ');
  });
});

describe('checkHeader, checkDataRows, checkMapping', () => {
  it('gives a header-only file one message', () => {
    const csv = loadCsv('header-only.csv');
    expect(checkHeader('header-only.csv', csv.header, 'leads')).toBeNull();
    expect(checkDataRows('header-only.csv', csv.rows.length)?.message).toBe(
      "'header-only.csv' has column names but no data rows. Export it again with the records included " +
        '(check the filters or the list the export was made from).',
    );
    expect(checkDataRows('x.csv', 1)).toBeNull();
  });

  it('says an activities file offered as leads is an activities file', () => {
    const csv = loadCsv('wrong-kind.csv');
    expect(checkHeader('wrong-kind.csv', csv.header, 'leads')).toMatchObject({
      code: 'wrong-kind',
      severity: 'error',
      message:
        "'wrong-kind.csv' looks like an activities file (one row per activity: lead, type, date), not a leads " +
        'file (one row per lead). Import it as activities, or choose the leads export instead.',
    });
    expect(checkHeader('wrong-kind.csv', csv.header, 'activities')).toBeNull();
  });

  it('says a leads file offered as activities is a leads file, and an outcomes file is not leads', () => {
    expect(checkHeader('h.csv', loadCsv('hubspot-leads.csv').header, 'activities')?.message).toMatch(/^'h.csv' looks like a leads file/);
    expect(checkHeader('o.csv', loadCsv('outcomes-only.csv').header, 'leads')?.message).toMatch(/^'o.csv' looks like an outcomes file/);
    expect(checkHeader('h.csv', loadCsv('hubspot-leads.csv').header, 'leads')).toBeNull();
  });

  it('says when the first row holds values, or nothing', () => {
    expect(checkHeader('x.csv', ['L1', 'ana@norvane.io', '2025-01-06', '12'], 'leads')?.message).toBe(
      "The first row of 'x.csv' holds values such as 'ana@norvane.io', not column names. Add a header row with " +
        'a name for each column, or export the file again with headers.',
    );
    expect(checkHeader('x.csv', ['', ' '], 'leads')?.code).toBe('no-header');
  });

  it('names every required field a mapping lacks', () => {
    const { mapping } = autoMap(['Email', 'Company'], 'leads');
    expect(checkMapping('x.csv', mapping, 'leads')?.message).toBe(
      "No column of 'x.csv' is mapped to 'Lead ID', 'Created date', which a leads file needs. Choose the column " +
        'that holds it in the mapping, or export the file again with that column.',
    );
    const activities = autoMap(['Activity Type', 'Timestamp'], 'activities').mapping;
    expect(checkMapping('a.csv', activities, 'activities')?.message).toMatch(/mapped to 'Lead ID or Email', which an activities file needs/);
  });
});
