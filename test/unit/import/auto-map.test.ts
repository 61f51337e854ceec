import { describe, expect, it } from 'vitest';
import { autoMap, inferColumnKind } from '../../../shared/import/auto-map';
import type { ImportKind } from '../../../shared/import/fields';
import { detectCrm } from '../../../shared/import/presets';
import { jaroWinkler, nameSimilarity, nameTokens } from '../../../shared/import/similarity';
import { loadCsv } from './helpers';

/** The mapping as field → header name, unmapped fields left out, for readable expectations. */
function mapped(file: string, kind: ImportKind = 'leads') {
  const { header, rows } = loadCsv(file);
  const result = autoMap(header, kind, { samples: rows });
  const names: Record<string, string> = {};
  for (const [field, column] of Object.entries(result.mapping)) if (column !== null) names[field] = header[column];
  return { names, result, unmapped: result.unmapped.map((c) => header[c]) };
}

describe('autoMap with CRM presets', () => {
  it('maps a HubSpot export by its own column names', () => {
    const { names, result, unmapped } = mapped('hubspot-leads.csv');
    expect(result.crm).toBe('hubspot');
    expect(names).toEqual({
      externalId: 'Record ID',
      email: 'Email',
      company: 'Company Name',
      createdAt: 'Create Date',
      channel: 'Original Source',
      campaign: 'Original Source Drill-Down 2',
      industry: 'Industry',
      companySize: 'Number of Employees',
      country: 'Country/Region',
      jobRole: 'Job function',
      seniority: 'Seniority',
      lifecycleStage: 'Lifecycle Stage',
      mqlAt: 'Became a Marketing Qualified Lead Date',
      sqlAt: 'Became a Sales Qualified Lead Date',
      opportunityAt: 'Became an Opportunity Date',
      dealValue: 'Recent Deal Amount',
    });
    expect(unmapped).toEqual(['First Name', 'Last Name', 'Lead Status', 'Number of Pageviews', 'Number of Form Submissions']);
    expect(result.confidence.createdAt).toBe(1);
    expect(result.matchedBy.createdAt).toBe('preset');
  });

  it('maps a Salesforce lead report, Converted and Converted Date included', () => {
    const { names, result, unmapped } = mapped('salesforce-leads.csv');
    expect(result.crm).toBe('salesforce');
    expect(names).toEqual({
      externalId: 'Lead ID',
      email: 'Email',
      company: 'Company / Account',
      createdAt: 'Created Date',
      channel: 'Lead Source',
      industry: 'Industry',
      companySize: 'No. of Employees',
      country: 'Country',
      lifecycleStage: 'Lead Status',
      converted: 'Converted',
      sqlAt: 'Converted Date',
    });
    expect(unmapped).toEqual(['First Name', 'Last Name', 'Title', 'Rating']);
  });

  it('maps a Marketo export, preferring Revenue Stage to Lead Status', () => {
    const { names, result, unmapped } = mapped('marketo-leads.csv');
    expect(result.crm).toBe('marketo');
    expect(names).toEqual({
      externalId: 'Id',
      email: 'Email Address',
      company: 'Company Name',
      createdAt: 'Created At',
      channel: 'Lead Source',
      campaign: 'Acquisition Program',
      industry: 'Industry',
      companySize: 'Number of Employees',
      country: 'Country',
      lifecycleStage: 'Revenue Stage',
      mqlAt: 'MQL Date',
      workedAt: 'SAL Date',
      sqlAt: 'SQL Date',
    });
    expect(unmapped).toEqual(['First Name', 'Last Name', 'Lead Status', 'Job Title', 'Lead Score']);
  });

  it('maps a Pipedrive deals export, leaving "Deal - Won time" alone', () => {
    const { names, result, unmapped } = mapped('pipedrive-deals.csv');
    expect(result.crm).toBe('pipedrive');
    expect(names).toEqual({
      externalId: 'Deal - ID',
      email: 'Person - Email',
      company: 'Deal - Organization',
      createdAt: 'Deal - Deal created',
      channel: 'Deal - Source channel',
      industry: 'Organization - Industry',
      companySize: 'Organization - Number of employees',
      lifecycleStage: 'Deal - Status',
      dealValue: 'Deal - Value',
    });
    expect(unmapped).toEqual(['Deal - Title', 'Deal - Contact person', 'Deal - Currency', 'Deal - Stage', 'Deal - Won time', 'Deal - Lost time']);
  });

  it('maps activities files by generic names', () => {
    expect(mapped('activities.csv', 'activities').names).toEqual({
      leadId: 'Lead ID', email: 'Email', type: 'Activity Type', timestamp: 'Timestamp',
    });
  });
});

describe('autoMap for home-made files', () => {
  it('maps odd names by normalised names and near matches', () => {
    const { names, result, unmapped } = mapped('homemade.csv');
    expect(result.crm).toBeNull();
    expect(names).toEqual({
      externalId: 'ID',
      email: 'Mail',
      createdAt: 'Signup',
      channel: 'Src',
      companySize: 'Company size (employees)',
      jobRole: 'Role',
      seniority: 'Senority',
      industry: 'Industy',
      lifecycleStage: 'Status',
      won: 'Won?',
      dealValue: 'Deal size (€)',
    });
    expect(result.matchedBy).toMatchObject({ createdAt: 'name', channel: 'name', seniority: 'fuzzy', industry: 'fuzzy' });
    expect(result.confidence.seniority).toBeGreaterThan(0.68);
    expect(result.confidence.seniority).toBeLessThan(0.9);
    expect(unmapped).toEqual(['Full name']);
  });

  it('maps German column names of a European export', () => {
    expect(mapped('european-semicolon.csv').names).toEqual({
      externalId: 'Lead-ID',
      email: 'E-Mail',
      company: 'Firma',
      createdAt: 'Erstellt am',
      channel: 'Quelle',
      campaign: 'Kampagne',
      industry: 'Branche',
      companySize: 'Mitarbeiter',
      country: 'Land',
      mqlAt: 'MQL am',
      sqlAt: 'SQL am',
      won: 'Gewonnen',
      dealValue: 'Auftragswert',
    });
  });

  it('never maps two fields to one column, and leaves a column free when its name is taken', () => {
    const { mapping } = autoMap(['Created', 'Create Date', 'Source'], 'leads');
    const used = Object.values(mapping).filter((c) => c !== null);
    expect(new Set(used).size).toBe(used.length);
    expect(mapping.createdAt).toBe(1);
    expect(mapping.channel).toBe(2);
  });

  it('does not guess below the similarity threshold', () => {
    const { mapping, unmapped } = autoMap(['Lead Status', 'Favourite colour', 'Notes'], 'leads');
    expect(mapping.channel).toBeNull();
    expect(mapping.lifecycleStage).toBe(0);
    expect(unmapped).toEqual([1, 2]);
  });

  it('keeps a yes/no column away from a date field when samples are given', () => {
    const header = ['ID', 'Signup', 'SQL'];
    const rows = [['1', '2025-01-06', 'yes'], ['2', '2025-01-07', 'no']];
    expect(autoMap(header, 'leads').mapping.sqlAt).toBe(2);
    expect(autoMap(header, 'leads', { samples: rows }).mapping.sqlAt).toBeNull();
  });
});

describe('detectCrm', () => {
  it('needs several of a CRM’s own names, not shared ones', () => {
    expect(detectCrm(['Email', 'Industry', 'Country'])).toBeNull();
    expect(detectCrm(['Lead ID', 'Email', 'Create Date', 'Lifecycle Stage'])).toBeNull();
    expect(detectCrm(['Record ID', 'Lifecycle Stage', 'Create Date', 'Email'])).toBe('hubspot');
  });
});

describe('name similarity', () => {
  it('computes textbook Jaro-Winkler values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 4);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler('abc', '')).toBe(0);
  });

  it('normalises case, accents, punctuation, camelCase and filler words', () => {
    expect(nameTokens('No. of Employees')).toEqual(['employees']);
    expect(nameTokens('createdAt')).toEqual(['created']);
    expect(nameTokens('Date de création')).toEqual(['creation']);
    expect(nameTokens('Date')).toEqual(['date']);
  });

  it('does not let a shared first word pass one name for another', () => {
    expect(nameSimilarity(nameTokens('Lead Status'), nameTokens('Lead Source'))).toBe(0.5);
    expect(nameSimilarity(nameTokens('Signup'), nameTokens('Sign-up'))).toBe(1);
  });
});

describe('inferColumnKind', () => {
  it('tells numeric, date, boolean, categorical and empty columns apart', () => {
    expect(inferColumnKind(['12', '1.234,5', '', '7'])).toBe('numeric');
    expect(inferColumnKind(['0', '1', '1'])).toBe('numeric');
    expect(inferColumnKind(['€1,200.00', '€950'])).toBe('numeric');
    expect(inferColumnKind(['2025-01-06', '2025-01-07 10:00'])).toBe('date');
    expect(inferColumnKind(['06.01.2025', '31.01.2025'])).toBe('date');
    expect(inferColumnKind(['yes', 'no', 'x', ''])).toBe('boolean');
    expect(inferColumnKind(['ja', 'nein'])).toBe('boolean');
    expect(inferColumnKind(['Ana Lima', 'Bo Chen'])).toBe('categorical');
    expect(inferColumnKind(['', '  '])).toBe('empty');
  });

  it('tolerates a stray bad cell in a long column', () => {
    const counts = [...Array.from({ length: 19 }, (_, i) => String(i)), 'n/a'];
    expect(inferColumnKind(counts)).toBe('numeric');
  });
});
