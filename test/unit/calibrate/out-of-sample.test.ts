import { describe, expect, it } from 'vitest';
import { checkModel, computeDrift, holdoutSplit, latestFullQuarter, windowFigures } from '../../../shared/calibrate/out-of-sample';
import { parseQuarter, quarterLabel } from '../../../shared/calibrate/quarters';
import { compileModel } from '../../../shared/engine/compile';
import type { LeadTable } from '../../../shared/engine/lead-table';
import { scoreLeads } from '../../../shared/engine/score';
import { makeTable, type HandLead } from '../engine/make-table';
import { testModel } from '../engine/model-fixture';

const DAY = 86_400_000;

/** Leads created on the given ISO dates; makeTable puts every lead at time 0, so dates are set after. */
function datedTable(leads: (HandLead & { created: string })[]): LeadTable {
  const table = makeTable(leads.map((lead) => ({ ...lead, worked: undefined, sql: undefined, events: undefined })));
  leads.forEach((lead, i) => {
    const created = Date.parse(`${lead.created}T12:00:00Z`);
    table.createdAt[i] = created;
    if (lead.worked !== undefined) table.workedAt[i] = created + lead.worked * DAY;
    if (lead.sql !== undefined) table.sqlAt[i] = created + lead.sql * DAY;
  });
  return table;
}

describe('time split', () => {
  it('holds out the latest quarter the data covers to its last day', () => {
    const full = datedTable([{ created: '2025-01-10' }, { created: '2025-06-30' }]);
    expect(quarterLabel(latestFullQuarter(full) ?? 0)).toBe('2025-Q2');
    const partial = datedTable([{ created: '2025-01-10' }, { created: '2025-06-29' }]);
    expect(latestFullQuarter(partial)).toBeNull();
    const longer = datedTable([{ created: '2024-11-10' }, { created: '2025-06-29' }]);
    expect(quarterLabel(latestFullQuarter(longer) ?? 0)).toBe('2025-Q1');
  });

  it('lets the user choose another quarter, never the first', () => {
    const table = datedTable([{ created: '2024-11-10' }, { created: '2025-03-10' }, { created: '2025-06-30' }]);
    expect(holdoutSplit(table, '2025-Q1')).toMatchObject({ holdout: '2025-Q1', quarters: ['2024-Q4', '2025-Q1', '2025-Q2'], holdoutStart: Date.UTC(2025, 0, 1), holdoutEnd: Date.UTC(2025, 3, 1) });
    expect(holdoutSplit(table, '2024-Q4')).toBeNull();
    expect(holdoutSplit(table, '2027-Q1')).toBeNull();
    expect(parseQuarter('2025-Q5')).toBeNull();
  });
});

describe('figures in and out of sample', () => {
  // Six leads in 2025-Q1 and four in Q2; the score is fit points, threshold 10.
  const table = datedTable([
    { created: '2025-01-06', fit: { industry: 'A' }, worked: 1, sql: 2 },
    { created: '2025-01-13', fit: { industry: 'A' }, worked: 1 },
    { created: '2025-02-03', fit: { industry: 'B' }, worked: 1, sql: 2 },
    { created: '2025-02-10', fit: { industry: 'C' }, worked: 1 },
    { created: '2025-03-03', fit: { industry: 'C' }, worked: 1 },
    { created: '2025-03-30', fit: { industry: 'A' } },
    { created: '2025-04-07', fit: { industry: 'A' }, worked: 1, sql: 2 },
    { created: '2025-05-05', fit: { industry: 'B' }, worked: 1 },
    { created: '2025-06-02', fit: { industry: 'C' }, worked: 1 },
    { created: '2025-06-30', fit: { industry: 'A' } },
  ]);
  const model = testModel({ threshold: 10, fit: { industry: { A: 20, B: 5, C: 0 } } });
  const scores = scoreLeads(table, compileModel(model, table));

  it('counts volume, the rate among worked MQLs and unworked MQLs apart', () => {
    const q2 = windowFigures(table, scores, Date.UTC(2025, 3, 1), Date.UTC(2025, 6, 1));
    expect(q2).toMatchObject({ leads: 4, mqls: 2, mqlsObserved: 1, mqlSqls: 1, rate: 1, unobservedMqls: 1, observed: 3, observedSqls: 1 });
    expect(q2.weeks).toBeCloseTo(13, 5);
    expect(q2.auc).toBe(1);
  });

  it('measures AUC on worked leads only: A outranks B outranks C', () => {
    const check = checkModel(table, scores, holdoutSplit(table, '2025-Q2'));
    // In Q1: SQLs score 20 and 5; non-SQLs 20, 0, 0 → pairs won 2 + 2 + ½ of the tie = 4.5 of 6.
    expect(check.inSample.auc).toBeCloseTo(4.5 / 6, 12);
    expect(check.outOfSample?.leads).toBe(4);
  });

  it('gives each quarter’s rate and volume under a fixed definition', () => {
    const drift = computeDrift(table, scores);
    expect(drift.map((d) => d.quarter)).toEqual(['2025-Q1', '2025-Q2']);
    expect(drift[0]).toMatchObject({ leads: 6, mqls: 3, mqlsObserved: 2, mqlSqls: 1, rate: 0.5 });
    expect(drift[1]).toMatchObject({ leads: 4, mqls: 2, mqlsObserved: 1, mqlSqls: 1, rate: 1 });
  });
});
