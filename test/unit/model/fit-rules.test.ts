import { describe, expect, it } from 'vitest';
import { scoringRows } from '../../../shared/export/scoring-matrix';
import { bandLabels, bandOf, describeBands } from '../../../shared/model/bands';
import { fitAttributeLabel } from '../../../shared/model/catalog';
import { defaultModel } from '../../../shared/model/default-model';
import { diffModels } from '../../../shared/model/diff';
import { edgeRange, withBandEdge, withBandEdgeAdded, withBandEdgeRemoved, withBandPoints } from '../../../shared/model/edit-bands';
import { withBooleanPoints } from '../../../shared/model/edit-model';
import type { ScoringModel } from '../../../shared/model/scoring-model';
import { ModelError, parseScoringModel } from '../../../shared/model/validate-model';

const EMPLOYEES = 'extra:employees';
const CUSTOMER = 'extra:existing-customer';
const LABELS = { [EMPLOYEES]: 'Employees', [CUSTOMER]: 'Existing customer' };

function withExtras(): ScoringModel {
  return {
    ...defaultModel(),
    fitBands: [{ attribute: EMPLOYEES, edges: [50, 200, 1000], points: [-10, 0, 10, 15], blankPoints: -5 }],
    fitBooleans: [{ attribute: CUSTOMER, yes: -30, no: 5, blank: 0 }],
  };
}

function problemsOf(input: unknown): string[] {
  try {
    parseScoringModel(input);
  } catch (error) {
    if (error instanceof ModelError) return error.problems;
    throw error;
  }
  return [];
}

describe('numeric bands', () => {
  it('put a value in the band whose lower edge it reaches, blanks aside', () => {
    const edges = [50, 200, 1000];
    expect([0, 49.99, 50, 199, 200, 999, 1000, 1e9].map((v) => bandOf(v, edges))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    expect(bandOf(-5, [])).toBe(0);
  });

  it('are named the way people say them', () => {
    expect(bandLabels([50, 200, 1250.5])).toEqual(['under 50', '50 to under 200', '200 to under 1,250.5', '1,250.5 or more']);
    expect(bandLabels([])).toEqual(['any value']);
    expect(describeBands(withExtras().fitBands[0])).toBe('under 50: -10, 50 to under 200: 0, 200 to under 1,000: 10, 1,000 or more: 15, blank: -5');
  });
});

describe('band and yes/no rules in the model file', () => {
  it('round-trip through JSON exactly', () => {
    const model = withExtras();
    expect(parseScoringModel(JSON.parse(JSON.stringify(model)))).toEqual(model);
  });

  it('are read as none from version 2 files, which had no such rules', () => {
    const { fitBands, fitBooleans, ...v2 } = withExtras();
    expect(fitBands).toHaveLength(1);
    expect(fitBooleans).toHaveLength(1);
    const upgraded = parseScoringModel({ ...v2, version: 2 });
    expect(upgraded).toEqual({ ...defaultModel(), fitBands: [], fitBooleans: [] });
  });

  it('are refused with every problem named: edges that do not rise, points that do not fit the bands, bad points', () => {
    const model = withExtras();
    expect(
      problemsOf({
        ...model,
        fitBands: [
          { attribute: EMPLOYEES, edges: [50, 50, 'many'], points: [0, 0], blankPoints: 99 },
          { attribute: 'extra:revenue', edges: Array.from({ length: 10 }, (_, i) => i), points: Array(11).fill(0), blankPoints: 0 },
        ],
        fitBooleans: [{ attribute: CUSTOMER, yes: 'lots', no: 0 }],
      }),
    ).toEqual([
      'fitBands[0].edges[2] must be a number, got "many"',
      'fitBands[0].edges must rise, but 50 is followed by 50',
      'fitBands[0].points must list 4 points (one per band: 3 edges make 4 bands), got 2',
      'fitBands[0].blankPoints must be between -50 and 50, got 99',
      'fitBands[1].edges has 10 edges, at most 9 are allowed',
      'fitBooleans[0].yes must be a number, got "lots"',
      'fitBooleans[0].blank must be a number, got nothing',
    ]);
  });

  it('refuse one attribute scored by two rules, or named twice', () => {
    const model = withExtras();
    expect(
      problemsOf({
        ...model,
        fit: [...model.fit, { attribute: CUSTOMER, points: { Yes: 1 }, otherPoints: 0 }],
        fitBands: [...model.fitBands, model.fitBands[0]],
      }),
    ).toEqual(['fitBands names attribute "extra:employees" twice', 'attribute "extra:existing-customer" is scored by both fit and fitBooleans']);
  });

  it('need the lists in a version 3 file', () => {
    const { fitBands: _bands, ...rest } = withExtras();
    expect(problemsOf(rest)).toEqual(['fitBands must be a list']);
  });
});

describe('editing bands', () => {
  const suggested = [100, 500];

  it('creates the rule from the suggested edges on the first change, at 0 points elsewhere', () => {
    const model = withBandPoints(defaultModel(), EMPLOYEES, 1, 12, suggested);
    expect(model.fitBands).toEqual([{ attribute: EMPLOYEES, edges: [100, 500], points: [0, 12, 0], blankPoints: 0 }]);
    expect(withBandPoints(model, EMPLOYEES, 'blank', -4, suggested).fitBands[0].blankPoints).toBe(-4);
  });

  it('moves an edge only between its neighbours', () => {
    const model = withExtras();
    expect(edgeRange([50, 200, 1000], 1)).toEqual({ above: 50, below: 1000 });
    expect(withBandEdge(model, EMPLOYEES, 1, 250, []).fitBands[0].edges).toEqual([50, 250, 1000]);
    expect(withBandEdge(model, EMPLOYEES, 1, 1000, [])).toBe(model);
    expect(withBandEdge(model, EMPLOYEES, 0, Number.NaN, [])).toBe(model);
  });

  it('splits a band keeping its points in both halves, and merges two into the lower one', () => {
    const model = withExtras();
    const split = withBandEdgeAdded(model, EMPLOYEES, 500, []).fitBands[0];
    expect(split).toMatchObject({ edges: [50, 200, 500, 1000], points: [-10, 0, 10, 10, 15] });
    const merged = withBandEdgeRemoved(model, EMPLOYEES, 0, []).fitBands[0];
    expect(merged).toMatchObject({ edges: [200, 1000], points: [-10, 10, 15] });
    expect(withBandEdgeAdded(model, EMPLOYEES, 200, [])).toBe(model);
  });
});

describe('band and yes/no rules in words', () => {
  it('name the dataset’s own column, falling back to the key without its prefix', () => {
    expect(fitAttributeLabel(EMPLOYEES, LABELS)).toBe('Employees');
    expect(fitAttributeLabel(EMPLOYEES)).toBe('employees');
    expect(fitAttributeLabel('industry', LABELS)).toBe('Industry');
  });

  it('list band by band while the edges stay, and the whole rule when they move', () => {
    const a = withExtras();
    const pointsMoved = withBooleanPoints(withBandPoints(a, EMPLOYEES, 2, 20, []), CUSTOMER, 'yes', -50);
    expect(diffModels(a, pointsMoved, LABELS)).toEqual([
      { rule: 'Employees 200 to under 1,000: points', from: '10', to: '20' },
      { rule: 'Existing customer yes: points', from: '-30', to: '-50' },
    ]);
    const edgeMoved = withBandEdge(a, EMPLOYEES, 0, 20, []);
    expect(diffModels(a, edgeMoved, LABELS)).toEqual([
      {
        rule: 'Employees: points per range',
        from: 'under 50: -10, 50 to under 200: 0, 200 to under 1,000: 10, 1,000 or more: 15, blank: -5',
        to: 'under 20: -10, 20 to under 200: 0, 200 to under 1,000: 10, 1,000 or more: 15, blank: -5',
      },
    ]);
    expect(diffModels(defaultModel(), a, LABELS).map((d) => `${d.rule}: ${d.from} → ${d.to}`)).toEqual([
      'Employees: points per range: not scored → under 50: -10, 50 to under 200: 0, 200 to under 1,000: 10, 1,000 or more: 15, blank: -5',
      'Existing customer yes: points: 0 → -30',
      'Existing customer no: points: 0 → 5',
    ]);
  });

  it('fill the scoring matrix with every band and answer that scores', () => {
    const rows = scoringRows(withExtras(), LABELS).filter((r) => r.rule === 'Employees' || r.rule === 'Existing customer');
    expect(rows.map((r) => [r.rule, r.value, r.points])).toEqual([
      ['Employees', 'under 50', -10],
      ['Employees', '200 to under 1,000', 10],
      ['Employees', '1,000 or more', 15],
      ['Employees', 'blank', -5],
      ['Existing customer', 'yes', -30],
      ['Existing customer', 'no', 5],
    ]);
  });
});
