import { describe, expect, it } from 'vitest';
import { autoMap } from '../../../shared/import/auto-map';
import { validateActivityRows, validateLeadRows, validateOutcomeRows } from '../../../shared/import/validate';
import { prepare } from './helpers';

const at = (iso: string): number => Date.parse(iso);

function hubspotLeads() {
  const { rows, options } = prepare('hubspot-leads.csv');
  return validateLeadRows(rows, options);
}

function activitiesOf(file: string, withLeads = true) {
  const { rows, options } = prepare(file, 'activities');
  return validateActivityRows(rows, { ...options, leads: withLeads ? hubspotLeads().leads : undefined });
}

describe('activities', () => {
  it('joins by lead id, or by email when the id is missing, and names known activity types by key', () => {
    const { records, problems, stats } = activitiesOf('activities.csv');
    expect(problems).toEqual([]);
    expect(stats).toEqual({ rows: 6, accepted: 6, rejected: 0, skipped: 0, blank: 0 });
    expect(records).toEqual([
      { leadExternalId: '101', type: 'email_open', occurredAt: at('2025-01-06T10:00:00Z') },
      { leadExternalId: '101', type: 'pricing_page', occurredAt: at('2025-01-06T10:05:00Z') },
      { leadExternalId: '102', type: 'web_visit', occurredAt: at('2025-01-08T12:00:00Z') },
      { leadExternalId: '105', type: 'demo_request', occurredAt: at('2025-01-14T11:00:00Z') },
      { leadExternalId: '103', type: 'webinar_attended', occurredAt: at('2025-01-09T15:00:00Z') },
      { leadExternalId: '104', type: 'Chat Question', occurredAt: at('2025-01-13T09:30:00Z') },
    ]);
  });

  it('reports and skips activities of unknown leads, with one summary', () => {
    const { records, problems, stats } = activitiesOf('activities-unknown-leads.csv');
    expect(records.map((a) => a.leadExternalId)).toEqual(['101']);
    expect(stats).toEqual({ rows: 5, accepted: 1, rejected: 0, skipped: 4, blank: 0 });
    expect(problems.map((p) => [p.severity, p.row, p.message])).toEqual([
      ['warning', 3, "row 3, column 'Lead ID': no lead has the id '999'; the activity is skipped"],
      ['warning', 4, "row 4, column 'Lead ID': no lead has the id '998'; the activity is skipped"],
      ['warning', 5, "row 5, column 'Lead ID': no lead has the id '999'; the activity is skipped"],
      ['warning', 6, "row 6, column 'Email': no lead has the email 'ghost@nowhere.io'; the activity is skipped"],
      [
        'warning', null,
        '4 activities belong to 3 lead ids that the leads file does not have; they are skipped. Check that the ' +
          'activities file comes from the same export as the leads file.',
      ],
    ]);
  });

  it('makes the summary an error when no activity has a lead', () => {
    const header = ['Lead ID', 'Activity Type', 'Timestamp'];
    const result = validateActivityRows([['X1', 'Email Opened', '2025-01-06']], {
      file: 'a.csv', header, mapping: autoMap(header, 'activities').mapping, formats: { dates: {}, decimal: '.' }, leads: hubspotLeads().leads,
    });
    expect(result.problems.at(-1)).toMatchObject({ severity: 'error', code: 'unknown-lead' });
    expect(result.problems.at(-1)?.message).toContain('which is every activity in the file');
  });

  it('checks every activity cell', () => {
    const header = ['Lead ID', 'Activity Type', 'Timestamp'];
    const result = validateActivityRows([['', '', ''], ['101', '', 'soon'], [' ', ' ', ' ']], {
      file: 'a.csv', header, mapping: autoMap(header, 'activities').mapping, formats: { dates: {}, decimal: '.' },
    });
    expect(result.problems.map((p) => p.message)).toEqual([
      "row 3, column 'Activity Type': the cell is empty, but every activity needs a type",
      "row 3, column 'Timestamp': 'soon' is not a date",
    ]);
    expect(result.stats).toMatchObject({ rows: 1, rejected: 1, blank: 2 });
  });
});

describe('outcomes file joined to leads', () => {
  const { rows, options } = prepare('outcomes-only.csv', 'outcomes');
  const outcomes = validateOutcomeRows(rows, options);

  it('maps the outcome columns and keeps the first row per lead', () => {
    expect(options.mapping).toMatchObject({ leadId: 0, email: 1, lifecycleStage: 2, sqlAt: 3, won: 4 });
    expect(outcomes.records.map((o) => [o.leadExternalId, o.email, o.stage, o.won])).toEqual([
      ['102', null, 'customer', true],
      [null, 'finn@outlook.com', 'sql', null],
      [null, 'nobody@nowhere.io', 'sql', null],
    ]);
    expect(outcomes.problems.map((p) => p.message)).toEqual([
      "row 5, column 'Lead ID': the outcome of this lead already appeared on row 2; the first row is kept and this one is skipped",
    ]);
  });

  it('puts outcomes on their leads by id or email, and reports the ones no lead took', () => {
    const lead = prepare('hubspot-leads.csv');
    const result = validateLeadRows(lead.rows, { ...lead.options, outcomes: outcomes.index });
    const byId = new Map(result.records.map((l) => [l.externalId, l]));
    expect(byId.get('102')).toMatchObject({
      won: true,
      sqlAt: at('2025-02-01T00:00:00Z'),
      opportunityAt: at('2025-02-01T00:00:00Z'),
      workedAt: at('2025-01-08T11:30:00Z'),
    });
    expect(byId.get('106')).toMatchObject({ won: false, sqlAt: at('2025-02-03T00:00:00Z'), workedAt: at('2025-01-15T08:00:00Z') });
    expect(byId.get('101')?.sqlAt).toBe(at('2025-01-10T09:00:00Z'));
    expect(outcomes.log.problems.at(-1)?.message).toBe(
      "row 4: no lead in the leads file has the email 'nobody@nowhere.io'; this outcome is not used",
    );
  });
});
