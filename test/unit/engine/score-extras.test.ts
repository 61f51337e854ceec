import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../shared/engine/compile';
import { explainLead } from '../../../shared/engine/explain';
import { explanationSummary } from '../../../shared/engine/explain-summary';
import { decodeLeadTable, encodeLeadTable } from '../../../shared/engine/lead-table-codec';
import { scoreLeads } from '../../../shared/engine/score';
import { ScoringSession } from '../../../shared/engine/scoring-session';
import { vocabularyOf } from '../../../shared/engine/vocabulary';
import type { ScoringModel } from '../../../shared/model/scoring-model';
import { makeTable, type HandLead } from './make-table';
import { testModel } from './model-fixture';

const EMPLOYEES = 'extra:employees';
const CUSTOMER = 'extra:existing-customer';

/** Six leads: employee counts below, on and between the edges 50 and 200, one blank; customers yes, no and blank. */
const LEADS: HandLead[] = [
  { fit: { industry: 'Software', [CUSTOMER]: 'Yes' }, numbers: { [EMPLOYEES]: 12 } },
  { fit: { industry: 'Software', [CUSTOMER]: 'No' }, numbers: { [EMPLOYEES]: 50 } },
  { fit: { industry: 'Retail', [CUSTOMER]: 'No' }, numbers: { [EMPLOYEES]: 199.5 } },
  { fit: { industry: 'Retail', [CUSTOMER]: '(blank)' }, numbers: { [EMPLOYEES]: 200 } },
  { fit: { industry: 'Software', [CUSTOMER]: 'Yes' }, numbers: { [EMPLOYEES]: null }, events: [['pricing_page', 1]] },
  { fit: { industry: 'Media', [CUSTOMER]: '(blank)' }, numbers: { [EMPLOYEES]: 5000 }, events: [['pricing_page', 2]] },
];

function table() {
  const t = makeTable(LEADS, ['industry', CUSTOMER], { booleans: [CUSTOMER], numeric: [EMPLOYEES] });
  t.fit[1].label = 'Existing customer';
  t.numeric[0].label = 'Employees';
  return t;
}

function model(): ScoringModel {
  return {
    ...testModel({ threshold: 25, fit: { industry: { Software: 10 } }, engagement: { pricing_page: [20, 1] } }),
    fitBands: [{ attribute: EMPLOYEES, edges: [50, 200], points: [-10, 5, 15], blankPoints: -3 }],
    fitBooleans: [{ attribute: CUSTOMER, yes: -20, no: 4, blank: 1 }],
  };
}

describe('numeric bands and yes/no attributes, scored by hand', () => {
  it('add each band’s and each answer’s points to the fit score', () => {
    const { scores } = new ScoringSession(table()).score(model());
    // Industry + employees band + existing customer:
    //   12 → under 50 (−10), yes (−20), Software (+10)            = −20
    //   50 → 50 to under 200 (+5), no (+4), Software (+10)        =  19
    //   199.5 → 50 to under 200 (+5), no (+4), Retail (0)         =   9
    //   200 → 200 or more (+15), blank (+1), Retail (0)           =  16
    //   blank → −3, yes (−20), Software (+10)                     = −13
    //   5000 → 200 or more (+15), blank (+1), Media (0)           =  16
    expect(Array.from(scores.fit)).toEqual([-20, 19, 9, 16, -13, 16]);
    // Threshold 25, pricing page +20: only the 5000-employee lead (16 + 20) qualifies.
    expect(Array.from(scores.mql)).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('score nothing for a numeric attribute the model has no bands for, or a blank answer without a rule', () => {
    const plain = testModel({ threshold: 0, fit: { industry: { Software: 10 } } });
    const { scores } = new ScoringSession(table()).score(plain);
    expect(Array.from(scores.fit)).toEqual([10, 10, 0, 0, 10, 0]);
  });

  it('let the blend scale reach the best band and answer', () => {
    // Best fit: Software 10 + 200 or more 15 + no 4 = 29.
    expect(compileModel(model(), table()).fitMax).toBe(29);
  });

  it('agree between the incremental session and a full recompute after edges move', () => {
    const t = table();
    const session = new ScoringSession(t);
    session.score(model());
    const moved: ScoringModel = { ...model(), fitBands: [{ attribute: EMPLOYEES, edges: [10, 5000], points: [1, 2, 3], blankPoints: 0 }] };
    const { scores } = session.score(moved);
    expect(Array.from(scores.fit)).toEqual(Array.from(scoreLeads(t, compileModel(moved, t)).fit));
    // 12 → 10 to under 5,000 (+2) −20 +10; 5000 → 5,000 or more (+3) +1 +0.
    expect([scores.fit[0], scores.fit[5]]).toEqual([-8, 4]);
  });

  it('are explained with the column’s own name and the band the lead is in', () => {
    const explanation = explainLead(table(), model(), 2);
    expect(explanation.fit).toEqual([
      { attribute: 'Industry', kind: 'category', value: 'Retail', points: 0 },
      { attribute: 'Existing customer', kind: 'boolean', value: 'No', points: 4 },
      { attribute: 'Employees', kind: 'bands', value: '50 to under 200', points: 5 },
    ]);
    expect(explanationSummary(explainLead(table(), model(), 0))).toBe('Software +10 · Existing customer Yes −20 · Employees under 50 −10');
  });

  it('travel to the renderer with their labels and numbers, blanks as NaN', () => {
    const t = table();
    const decoded = decodeLeadTable(encodeLeadTable(t));
    expect(decoded).toEqual(t);
    expect(Number.isNaN(decoded.numeric[0].values[4])).toBe(true);
    const vocabulary = vocabularyOf(decoded);
    expect(vocabulary.numeric).toEqual([{ key: EMPLOYEES, label: 'Employees', sorted: Float64Array.from([12, 50, 199.5, 200, 5000]), blank: 1 }]);
    expect(vocabulary.fit[1]).toMatchObject({ key: CUSTOMER, label: 'Existing customer', kind: 'boolean' });
  });
});
