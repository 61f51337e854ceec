import { describe, expect, it } from 'vitest';
import { applySuggestions, isApplied } from '../../../shared/calibrate/apply';
import { buildFeatures, observedLeads } from '../../../shared/calibrate/features';
import { fitValuePoints } from '../../../shared/calibrate/fit-value';
import { computeSignal } from '../../../shared/calibrate/signal';
import type { PointSuggestion } from '../../../shared/calibrate/suggest';
import type { ScoringModel } from '../../../shared/model/scoring-model';
import { makeTable, type HandLead } from '../engine/make-table';
import { testModel } from '../engine/model-fixture';

const EMPLOYEES = 'extra:employees';
const CUSTOMER = 'extra:customer';

function leads(count: number, sqls: number, lead: HandLead): HandLead[] {
  return Array.from({ length: count }, (_, i) => ({ ...lead, worked: 10, sql: i < sqls ? 11 : undefined }));
}

// Small companies convert 10 %, mid-sized 50 %, large 70 %; existing customers 5 %.
const table = makeTable(
  [
    ...leads(60, 6, { fit: { industry: 'Software', [CUSTOMER]: 'No' }, numbers: { [EMPLOYEES]: 20 } }),
    ...leads(40, 20, { fit: { industry: 'Software', [CUSTOMER]: 'No' }, numbers: { [EMPLOYEES]: 120 } }),
    ...leads(40, 28, { fit: { industry: 'Software', [CUSTOMER]: 'No' }, numbers: { [EMPLOYEES]: 900 } }),
    ...leads(40, 2, { fit: { industry: 'Software', [CUSTOMER]: 'Yes' }, numbers: { [EMPLOYEES]: 900 } }),
  ],
  ['industry', CUSTOMER],
  { booleans: [CUSTOMER], numeric: [EMPLOYEES] },
);
const model: ScoringModel = {
  ...testModel({ threshold: 20 }),
  fitBands: [{ attribute: EMPLOYEES, edges: [50, 500], points: [0, 5, 10], blankPoints: 0 }],
  fitBooleans: [{ attribute: CUSTOMER, yes: 0, no: 0, blank: 0 }],
};

function suggestion(fitKind: 'bands' | 'boolean', key: string, value: string, suggested: number): PointSuggestion {
  return {
    id: `fit:${key}:${value}`, kind: 'fit', fitKind, key, value, label: value, current: 0, suggested, low: 0, high: 0,
    coefficient: 0, standardError: 0, observed: 40, sqls: 10, status: 'fitted', cap: null, clamped: false,
  };
}

describe('the assistant on bands and yes/no attributes', () => {
  it('weighs each band as the model cuts it, and each answer, against the most common one', () => {
    const ids = buildFeatures(table, model, observedLeads(table), 30).columns.map((c) => c.id);
    expect(ids).toEqual(['fit:extra:customer:Yes', 'fit:extra:employees:under 50', 'fit:extra:employees:50 to under 500']);
  });

  it('measures each band’s conversion with the points the model gives it', () => {
    const report = computeSignal(table, model, observedLeads(table), 30);
    const row = (id: string) => report.rows.find((r) => r.id === id);
    expect(row('fit:extra:employees:500 or more')).toMatchObject({ fitKind: 'bands', points: 10, with: { observed: 80, sqls: 30 } });
    expect(row('fit:extra:customer:Yes')).toMatchObject({ fitKind: 'boolean', points: 0, with: { observed: 40, sqls: 2 } });
  });

  it('writes accepted points into the band and yes/no rules, not into per-value rules', () => {
    const accepted = [suggestion('bands', EMPLOYEES, '50 to under 500', 12), suggestion('bands', EMPLOYEES, '(blank)', -4), suggestion('boolean', CUSTOMER, 'Yes', -25)];
    const next = applySuggestions(model, accepted);
    expect(next.fitBands).toEqual([{ attribute: EMPLOYEES, edges: [50, 500], points: [0, 12, 10], blankPoints: -4 }]);
    expect(next.fitBooleans).toEqual([{ attribute: CUSTOMER, yes: -25, no: 0, blank: 0 }]);
    expect(next.fit).toEqual(model.fit);
    for (const s of accepted) expect(isApplied(next, s)).toBe(true);
    expect(isApplied(model, accepted[0])).toBe(false);
  });

  it('reads a yes/no attribute without a rule as 0, and gives it a yes/no rule when points are accepted', () => {
    const bare = testModel({ threshold: 20 });
    expect(fitValuePoints(bare, { fitKind: 'boolean', key: CUSTOMER, value: 'No' })).toBe(0);
    expect(applySuggestions(bare, [suggestion('boolean', CUSTOMER, 'No', 7)]).fitBooleans).toEqual([{ attribute: CUSTOMER, yes: 0, no: 7, blank: 0 }]);
    expect(applySuggestions(bare, [suggestion('bands', EMPLOYEES, 'any value', 3)]).fitBands).toEqual([{ attribute: EMPLOYEES, edges: [], points: [3], blankPoints: 0 }]);
  });
});
