import { describe, expect, it } from 'vitest';
import { autoMap } from '../../../shared/import/auto-map';
import { LeadRowValidator } from '../../../shared/import/lead-validator';
import { describeProblem, ProblemLog } from '../../../shared/import/problems';
import { validateLeadRows } from '../../../shared/import/validate';
import { prepare } from './helpers';

const at = (iso: string) => Date.parse(iso);

describe('bad-rows.csv', () => {
  const { rows, options } = prepare('bad-rows.csv');
  const result = validateLeadRows(rows, options);

  it('reports every rejected or doubtful row with its spreadsheet row number, column and reason', () => {
    expect(result.problems.map((p) => [p.severity, p.row, p.column, p.message])).toEqual([
      ['error', 3, 'Create Date', "row 3, column 'Create Date': '31/02/2025' is not a date"],
      ['error', 4, 'Lead ID', "row 4, column 'Lead ID': the cell is empty, but every lead needs an id"],
      ['error', 5, 'Deal Value', "row 5, column 'Deal Value': '12k' is not a number"],
      ['warning', 6, 'Lead ID', "row 6, column 'Lead ID': lead id 'B1' already appeared on row 2; the first row is kept and this one is skipped"],
      ['warning', 7, 'Email', "row 7, column 'Email': 'ana@norvane.io' is also the email of lead 'B1' (row 2); both leads are kept"],
      ['warning', 8, 'Email', "row 8, column 'Email': 'eve(at)kestrel.io' is not an email address; the lead is kept without one"],
      ['error', 8, 'Closed Won', "row 8, column 'Closed Won': 'maybe' is not yes or no"],
      ['error', 10, 'Create Date', "row 10, column 'Create Date': the cell is empty, but every lead needs its created date"],
      [
        'warning', 11, 'Lifecycle Stage',
        "row 11, column 'Lifecycle Stage': 'Zombie' is not a lifecycle stage or status MQL Lab knows; the lead is kept, with outcomes from its date columns only",
      ],
      ['error', 12, null, 'row 12: has 8 cells but the header has 7 columns'],
      ['error', 13, 'Create Date', "row 13, column 'Create Date': '2025-02-29' is not a date"],
      ['error', 14, 'Create Date', "row 14, column 'Create Date': '2024-02-29 25:00' is not a date"],
      ['warning', null, 'Lifecycle Stage', expect.stringMatching(/^1 lead reached first sales touch .* but has no first sales touch date; the latest known earlier date was used/)],
      ['warning', null, 'Lifecycle Stage', expect.stringMatching(/^1 lead reached SQL .* but has no SQL date/)],
      ['warning', null, 'Lifecycle Stage', expect.stringMatching(/^1 lead reached opportunity .* but has no opportunity date/)],
    ]);
  });

  it('keeps the values and says how to fix each error', () => {
    expect(result.problems[0]).toMatchObject({
      file: 'bad-rows.csv',
      value: '31/02/2025',
      code: 'not-a-date',
      hint: 'Dates in this column are read as year-month-day (2025-01-31). Correct the cell, or choose another date format for the column.',
    });
    expect(result.problems[2].hint).toBe(
      'Numbers in this file are read with a decimal point, like 1,234.56. Correct the cell, or change the decimal separator.',
    );
    expect(describeProblem(result.problems[0])).toBe("bad-rows.csv, row 3, column 'Create Date': '31/02/2025' is not a date");
  });

  it('imports the good rows only, the first of a repeated id, both leads of a shared email', () => {
    expect(result.records.map((l) => l.externalId)).toEqual(['B1', 'B6', 'B9', 'B13']);
    expect(result.stats).toEqual({ rows: 13, accepted: 4, rejected: 8, skipped: 1, blank: 1 });
    expect(result.records[0]).toMatchObject({ email: 'ana@norvane.io', dealValue: 100, createdAt: at('2025-01-06T00:00:00Z') });
    expect(result.records[1].email).toBe('ana@norvane.io');
    expect(result.log.errors).toBe(8);
    expect(result.log.warnings).toBe(7);
  });

  it('completes a customer’s funnel from its stage, with its created date', () => {
    const created = at('2025-01-16T00:00:00Z');
    expect(result.records[3]).toMatchObject({ won: true, dealValue: 1500, workedAt: created, sqlAt: created, opportunityAt: created, mqlAt: null });
  });
});

describe('duplicate rule', () => {
  const header = ['Lead ID', 'Email', 'Create Date'];
  const options = { file: 'd.csv', header, mapping: autoMap(header, 'leads').mapping, formats: { dates: {}, decimal: '.' as const } };

  it('lets the first valid row of an id win, even after a rejected one', () => {
    const result = validateLeadRows(
      [['L1', 'a@x.io', 'not a date'], ['L1', 'b@x.io', '2025-01-06'], ['L1', 'c@x.io', '2025-01-07']],
      options,
    );
    expect(result.records.map((l) => l.email)).toEqual(['b@x.io']);
    expect(result.problems.map((p) => p.message)).toEqual([
      "row 2, column 'Create Date': 'not a date' is not a date",
      "row 4, column 'Lead ID': lead id 'L1' already appeared on row 3; the first row is kept and this one is skipped",
    ]);
  });

  it('matches emails without case', () => {
    const result = validateLeadRows([['L1', 'Ana@X.io', '2025-01-06'], ['L2', 'ana@x.IO', '2025-01-07']], options);
    expect(result.records.map((l) => l.email)).toEqual(['ana@x.io', 'ana@x.io']);
    expect(result.problems.map((p) => p.code)).toEqual(['duplicate-email']);
  });
});

describe('row numbers', () => {
  it('count a quoted cell over several lines as one row, as a spreadsheet does', () => {
    const { rows, options } = prepare('embedded-newlines.csv');
    const result = validateLeadRows(rows, options);
    expect(result.records.map((l) => l.company)).toEqual(['Norvane Systems\r\nBerlin Office', 'Kestrel "Labs"\nLine two\nLine three', 'Acme, Inc.']);
    expect(result.problems.map((p) => p.message)).toEqual(["row 4, column 'Create Date': '2025-13-01' is not a date"]);
  });

  it('use thousands separators', () => {
    const header = ['Lead ID', 'Create Date'];
    const validator = new LeadRowValidator({ file: 'big.csv', header, mapping: autoMap(header, 'leads').mapping, formats: { dates: {}, decimal: '.' } });
    validator.accept(['L1', '31/02/2025'], 1204);
    expect(validator.problems.problems[0].message).toBe("row 1,204, column 'Create Date': '31/02/2025' is not a date");
  });
});

describe('problem log', () => {
  it('keeps the first problems and counts the rest', () => {
    const header = ['Lead ID', 'Create Date'];
    const log = new ProblemLog(3);
    const validator = new LeadRowValidator({ file: 'x.csv', header, mapping: autoMap(header, 'leads').mapping, formats: { dates: {}, decimal: '.' }, log });
    for (let row = 2; row < 12; row++) validator.accept([`L${row}`, 'soon'], row);
    expect(log.problems).toHaveLength(3);
    expect(log.errors).toBe(10);
    expect(log.dropped).toBe(7);
    expect(log.byCode.get('not-a-date')).toBe(10);
  });
});
