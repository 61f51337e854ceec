import { describe, expect, it } from 'vitest';
import { detectFormats } from '../../../shared/import/formats';
import type { LeadRecord } from '../../../shared/import/records';
import { validateLeadRows } from '../../../shared/import/validate';
import { prepare } from './helpers';

const at = (iso: string): number => Date.parse(iso);

function leadsOf(file: string, formats?: Parameters<typeof prepare>[2]) {
  const { rows, options } = prepare(file, 'leads', formats);
  return validateLeadRows(rows, options);
}

describe('CRM exports as they come', () => {
  it('imports the HubSpot export with fit, outcomes and size bands', () => {
    const { records, problems, stats } = leadsOf('hubspot-leads.csv');
    expect(stats).toEqual({ rows: 6, accepted: 6, rejected: 0, skipped: 0, blank: 0 });
    expect(records[0]).toEqual<LeadRecord>({
      externalId: '101',
      email: 'ana@norvane.io',
      company: 'Norvane Systems',
      createdAt: at('2025-01-06T09:15:00Z'),
      channel: 'Organic Search',
      campaign: 'mql-lab-guide',
      fit: { industry: 'Software', companySize: '201-1000', country: 'Germany', jobRole: 'Marketing', seniority: 'Director', emailDomainType: 'Company' },
      mqlAt: at('2025-01-07T10:00:00Z'),
      // Worked is implied by the SQL; its date is the latest known before it, the MQL date.
      workedAt: at('2025-01-07T10:00:00Z'),
      sqlAt: at('2025-01-10T09:00:00Z'),
      opportunityAt: at('2025-01-20T09:00:00Z'),
      won: true,
      dealValue: 48000,
    });
    expect(records.map((l) => [l.externalId, l.email, l.fit.companySize, l.fit.emailDomainType, l.won])).toEqual([
      ['101', 'ana@norvane.io', '201-1000', 'Company', true],
      ['102', 'bo@gmail.com', '1-10', 'Free mail', false],
      ['103', 'carla@helixbank.com', '1001-5000', 'Company', false],
      ['104', 'dev@acme.edu', '5000+', 'Education', false],
      ['105', 'eve@kestrel.io', '51-200', 'Company', false],
      ['106', 'finn@outlook.com', null, 'Free mail', false],
    ]);
    // Stage SQL without an SQL date: SQL and worked at the MQL date, the latest known before.
    expect(records[2]).toMatchObject({ mqlAt: at('2025-01-10T08:00:00Z'), workedAt: at('2025-01-10T08:00:00Z'), sqlAt: at('2025-01-10T08:00:00Z'), opportunityAt: null });
    expect(records[3]).toMatchObject({ mqlAt: at('2025-01-15T12:00:00Z'), workedAt: null, sqlAt: null });
    expect(records[4]).toMatchObject({ workedAt: at('2025-01-14T12:00:00Z'), opportunityAt: at('2025-01-22T15:30:00Z'), won: false, dealValue: 12500.5 });
    expect(records[5]).toMatchObject({ company: null, mqlAt: null, workedAt: null, fit: { industry: null, country: 'Norway' } });
    // One warning per inference for the whole file, not one per row.
    expect(problems.map((p) => [p.row, p.message.slice(0, 40)])).toEqual([
      [null, '3 leads reached first sales touch (by li'],
      [null, '1 lead reached SQL (by lifecycle stage, '],
      [null, '1 lead was counted as won because the li'],
    ]);
  });

  it('imports the Salesforce report: US dates with AM/PM, Converted as SQL, lead statuses as worked', () => {
    const { records, problems } = leadsOf('salesforce-leads.csv');
    expect(records.map((l) => [l.externalId.slice(-1), l.createdAt, l.workedAt, l.sqlAt, l.fit.companySize])).toEqual([
      ['E', at('2025-01-06T09:15:00Z'), at('2025-01-06T09:15:00Z'), at('2025-01-14T00:00:00Z'), '201-1000'],
      ['F', at('2025-01-08T11:30:00Z'), null, null, '1-10'],
      ['G', at('2025-01-09T14:00:00Z'), at('2025-01-09T14:00:00Z'), null, '1001-5000'],
      ['H', at('2025-01-13T16:45:00Z'), at('2025-01-13T16:45:00Z'), null, '11-50'],
      ['I', at('2025-01-14T00:00:00Z'), at('2025-01-14T00:00:00Z'), at('2025-01-14T00:00:00Z'), '51-200'],
    ]);
    expect(records.every((l) => l.campaign === '(blank)' && l.mqlAt === null)).toBe(true);
    expect(problems.map((p) => p.message.slice(0, 34))).toEqual(['4 leads reached first sales touch ', '1 lead reached SQL (by lifecycle s']);
  });

  it('imports the Marketo export with MQL, SAL and SQL dates', () => {
    const { records, problems } = leadsOf('marketo-leads.csv');
    expect(problems).toEqual([]);
    expect(records.map((l) => [l.externalId, l.campaign, l.mqlAt, l.workedAt, l.sqlAt])).toEqual([
      ['1001', '2025-Q1 Guide', at('2025-01-07T10:00:00Z'), at('2025-01-08T09:00:00Z'), at('2025-01-10T09:00:00Z')],
      ['1002', '2025-Q1 Promo', null, null, null],
      ['1003', 'Brand Search', at('2025-01-10T08:00:00Z'), null, null],
      ['1004', 'Partner Program', at('2025-01-15T12:00:00Z'), at('2025-01-16T10:00:00Z'), null],
      ['1005', 'Q1 Summit', at('2025-01-14T12:00:00Z'), at('2025-01-15T09:30:00Z'), null],
    ]);
  });

  it('imports the Pipedrive deals export: won, lost and open deals', () => {
    const { records } = leadsOf('pipedrive-deals.csv');
    expect(records.map((l) => [l.externalId, l.won, l.opportunityAt !== null, l.sqlAt !== null, l.workedAt !== null, l.dealValue])).toEqual([
      ['17', true, true, true, true, 48000],
      ['18', false, true, true, true, 12000],
      ['19', false, false, false, true, 9500],
      ['20', false, true, true, true, 0],
    ]);
    expect(records[3].email).toBeNull();
    expect(records[3].fit.emailDomainType).toBeNull();
  });
});

describe('format quirks', () => {
  it('reads the European file: BOM, semicolons, d.m.yyyy, decimal comma, German booleans', () => {
    const { detected } = prepare('european-semicolon.csv');
    expect(detected).toEqual({
      formats: { dates: { createdAt: 'dmy', mqlAt: 'dmy', sqlAt: 'dmy' }, decimal: ',' },
      ambiguousDates: [],
      decimalAmbiguous: false,
    });
    const { records, problems } = leadsOf('european-semicolon.csv');
    expect(records.map((l) => [l.externalId, l.createdAt, l.mqlAt, l.sqlAt, l.won, l.dealValue, l.fit.companySize, l.fit.country])).toEqual([
      ['DE-1', at('2025-01-06T09:15:00Z'), at('2025-01-07T00:00:00Z'), at('2025-01-10T00:00:00Z'), true, 48000, '201-1000', 'Deutschland'],
      ['DE-2', at('2025-01-08T11:30:00Z'), null, null, false, null, '1-10', 'Österreich'],
      ['DE-3', at('2025-01-13T00:00:00Z'), at('2025-01-14T00:00:00Z'), at('2025-01-20T00:00:00Z'), true, 12500.5, '1001-5000', 'Schweiz'],
      ['DE-4', at('2025-01-15T16:45:00Z'), at('2025-01-16T00:00:00Z'), null, false, 1234.5, '51-200', 'Deutschland'],
    ]);
    expect(records[1].campaign).toBe('Frühjahr');
    // Won deals were opportunities: dated at their SQL date, the latest known before.
    expect(records[0].opportunityAt).toBe(at('2025-01-10T00:00:00Z'));
    expect(problems.map((p) => p.message.slice(0, 36))).toEqual(['2 leads reached first sales touch (b', '2 leads reached opportunity (by life']);
  });

  it('reads the UTF-16 file with its non-Latin text', () => {
    const { records, problems } = leadsOf('utf16-bom.csv');
    expect(problems).toEqual([]);
    expect(records.map((l) => [l.externalId, l.company, l.fit.country])).toEqual([
      ['U1', 'Zoë Ltd', 'Norge'],
      ['U2', 'Žluťoučký kůň s.r.o.', 'Česko'],
      ['U3', '東京商事', 'Japan'],
    ]);
  });

  it('reads the Windows-1252 file with accents and euro amounts', () => {
    const { records } = leadsOf('windows-1252.csv');
    expect(records.map((l) => [l.company, l.dealValue])).toEqual([['Café René', 1200], ['Müller GmbH', 950], ['Nordlys AS', null]]);
  });

  it('reads the tab-separated file with time zones to the same instant', () => {
    const { records } = leadsOf('tab-separated.tsv');
    const nine = at('2025-01-06T09:00:00Z');
    expect(records.map((l) => l.createdAt)).toEqual([nine, nine, nine, nine + 250]);
    expect(records[0].company).toBe('Norvane, Inc.');
  });

  it('reads the pipe-separated file with year/month/day dates', () => {
    const { records } = leadsOf('pipe-separated.csv');
    expect(records.map((l) => [l.company, l.createdAt, l.channel])).toEqual([
      ['Acme, Inc.; EU', at('2025-01-06T00:00:00Z'), 'Web'],
      ['Kestrel', at('2025-01-31T00:00:00Z'), 'Events'],
      ['Helix | Bank', at('2025-02-01T00:00:00Z'), 'Partner'],
    ]);
  });

  it('reports ambiguous date columns and reads them as the user chooses', () => {
    const { detected } = prepare('ambiguous-dates.csv');
    expect(detected.ambiguousDates).toEqual([
      { field: 'createdAt', column: 2, header: 'Create Date', candidates: ['mdy', 'dmy'] },
      { field: 'mqlAt', column: 3, header: 'MQL Date', candidates: ['mdy', 'dmy'] },
    ]);
    const us = leadsOf('ambiguous-dates.csv').records;
    const eu = leadsOf('ambiguous-dates.csv', { dates: { createdAt: 'dmy', mqlAt: 'dmy' } }).records;
    expect(us.map((l) => l.createdAt)).toEqual(['2025-03-04', '2025-01-02', '2025-12-11', '2025-07-08'].map((d) => at(`${d}T00:00:00Z`)));
    expect(eu.map((l) => l.createdAt)).toEqual(['2025-04-03', '2025-02-01', '2025-11-12', '2025-08-07'].map((d) => at(`${d}T00:00:00Z`)));
  });

  it('settles an ambiguous column by another date column of the same file', () => {
    const { detected } = prepare('homemade.csv');
    expect(detected.formats.dates.createdAt).toBe('dmy');
    const header = ['Lead ID', 'Create Date', 'MQL Date'];
    const settled = detectFormats('leads', header, { externalId: 0, createdAt: 1, mqlAt: 2 }, [['L1', '03/04/2025', '13/04/2025']]);
    expect(settled.ambiguousDates).toEqual([]);
    expect(settled.formats.dates).toEqual({ createdAt: 'dmy', mqlAt: 'dmy' });
  });

  it('reads the home-made file: d/m/yyyy signups, employee counts as bands, x as yes', () => {
    const { records, problems } = leadsOf('homemade.csv');
    expect(records.map((l) => [l.externalId, l.createdAt, l.channel, l.fit.companySize, l.fit.jobRole, l.won, l.dealValue])).toEqual([
      ['1', at('2025-01-15T00:00:00Z'), 'linkedin', '51-200', 'Marketing', false, null],
      ['2', at('2025-02-03T00:00:00Z'), 'google', '11-50', 'Student', false, null],
      ['3', at('2025-02-20T00:00:00Z'), 'event', '1001-5000', 'Finance', true, 12000],
      ['4', at('2025-02-28T00:00:00Z'), 'google', null, 'IT', false, null],
    ]);
    expect(problems.every((p) => p.severity === 'warning' && p.row === null)).toBe(true);
  });
});
