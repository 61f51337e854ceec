import { describe, expect, it } from 'vitest';
import { applySuggestions, isApplied } from '../../../shared/calibrate/apply';
import { runCalibration } from '../../../shared/calibrate/calibrate';
import { buildFeatures, observedLeads } from '../../../shared/calibrate/features';
import { refusalFor, requiredSqls } from '../../../shared/calibrate/suggest';
import { defaultModel } from '../../../shared/model/default-model';
import { SAMPLE_DEFAULTS } from '../../../shared/sample/generate';
import { buildSampleTable } from '../../bench/sample-table';
import { makeTable } from '../engine/make-table';

describe('suggested points', () => {
  const table = buildSampleTable(SAMPLE_DEFAULTS);
  const model = defaultModel();

  it('refuses below the minimum number of SQLs, saying how many there are and why', () => {
    // Fitting on the first quarter alone: too few SQLs to weigh fifty rules.
    const result = runCalibration(table, model, { holdout: '2025-Q1', lambda: 2, minValueLeads: 30 });
    expect(result.suggestion).toBeNull();
    expect(result.suggestedModel).toBeNull();
    const refusal = result.refusal;
    expect(refusal).not.toBeNull();
    if (!refusal) return;
    expect(refusal.observedSqls).toBeLessThan(refusal.required);
    expect(refusal.reason).toContain(`Only ${refusal.observedSqls} worked leads created before 2025-Q1 became SQL`);
    expect(refusal.reason).toContain(`at least ${refusal.required}`);
    // The signal and the current model's figures are still shown.
    expect(result.signal.rows.length).toBeGreaterThan(40);
    expect(result.current.check.outOfSample?.leads).toBeGreaterThan(0);
  });

  it('asks for 5 SQLs per weight and never fewer than 100', () => {
    expect(requiredSqls(10)).toBe(100);
    expect(requiredSqls(49)).toBe(245);
    const features = buildFeatures(table, model, observedLeads(table));
    expect(refusalFor(features, 'in the data')?.required ?? requiredSqls(features.columns.length)).toBe(requiredSqls(features.columns.length));
  });

  it('reports sample size and an interval with every suggestion, on the model’s scale', () => {
    const result = runCalibration(table, model, { holdout: null, lambda: 2, minValueLeads: 30 });
    const suggestion = result.suggestion;
    expect(suggestion).not.toBeNull();
    if (!suggestion) return;
    for (const p of suggestion.points.filter((q) => q.status === 'fitted')) {
      expect(p.observed).toBeGreaterThanOrEqual(30);
      expect(p.low).toBeLessThanOrEqual(p.high);
      expect(Number.isInteger(p.suggested)).toBe(true);
    }
    expect(suggestion.pointsPerLogOdds).toBeGreaterThan(5);
    expect(suggestion.pointsPerLogOdds).toBeLessThan(50);
  });

  it('applies the chosen suggestions, or all of them with the threshold, as one new model', () => {
    const result = runCalibration(table, model, { holdout: null, lambda: 2, minValueLeads: 30 });
    const points = result.suggestion?.points ?? [];
    const demo = points.find((p) => p.id === 'activity:demo_request');
    expect(demo).toBeDefined();
    if (!demo) return;
    const one = applySuggestions(model, points, new Set([demo.id]));
    expect(one.engagement.find((r) => r.activity === 'demo_request')?.points).toBe(demo.suggested);
    expect(one.fit).toEqual(model.fit);
    expect(isApplied(one, demo)).toBe(true);
    const all = applySuggestions(model, points, undefined, result.threshold?.suggested);
    expect(all).toEqual(result.suggestedModel);
    for (const p of points.filter((q) => q.status === 'fitted' || q.status === 'reference')) expect(isApplied(all, p)).toBe(true);
    // The model it came from is untouched, so the edit can be undone.
    expect(model).toEqual(defaultModel());
  });

  it('is reproducible: the same data give the same suggestion', () => {
    const a = runCalibration(table, model);
    const b = runCalibration(buildSampleTable(SAMPLE_DEFAULTS), model);
    expect(b.suggestion?.points).toEqual(a.suggestion?.points);
    expect(b.suggestedModel).toEqual(a.suggestedModel);
  });
});

describe('the assistant on data it cannot learn from', () => {
  it('refuses, without failing, when no lead was ever worked', () => {
    const table = makeTable([{ fit: { industry: 'A', seniority: 'VP' } }, { fit: { industry: 'B', seniority: 'VP' }, events: [['demo', 1]] }]);
    const result = runCalibration(table, defaultModel());
    expect(result.refusal?.observedSqls).toBe(0);
    expect(result.refusal?.reason).toMatch(/^Only 0 worked leads in the data became SQL/);
    expect(result.split).toBeNull();
    expect(result.signal.overall.observed).toBe(0);
    expect(result.current.check.inSample.auc).toBeNaN();
  });
});
