import { describe, expect, it } from 'vitest';
import { denseDesign, fitLogistic, FitCancelledError, type LogisticFit } from '../../../shared/stats/logistic';

/**
 * The 23 shuttle launches before Challenger: launch temperature (°F) and whether any O-ring was
 * damaged. R's glm(fail > 0 ~ temp, binomial) gives 15.0429 (SE 7.3786) and −0.2322 (SE 0.1082),
 * the figures published in many textbooks (Dalal, Fowlkes & Hoadley 1989 data).
 */
const TEMPERATURE = [66, 70, 69, 68, 67, 72, 73, 70, 57, 63, 70, 78, 67, 53, 67, 75, 70, 81, 76, 79, 75, 76, 58];
const DAMAGED = [0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1];

/** A small seeded generator, so the synthetic data is the same on every run. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * An independent reference: Newton's method on dense arrays, solved by Gauss–Jordan elimination
 * with partial pivoting, with a fixed 100 iterations and no step control. Written without
 * sharing anything with the implementation under test.
 */
function referenceFit(rows: number[][], y: number[], penalty: number[]): number[] {
  const p = rows[0].length + 1;
  const x = rows.map((r) => [1, ...r]);
  let beta = new Array<number>(p).fill(0);
  for (let iteration = 0; iteration < 100; iteration++) {
    const g = new Array<number>(p).fill(0);
    const h = Array.from({ length: p }, () => new Array<number>(p).fill(0));
    x.forEach((row, i) => {
      const eta = row.reduce((s, v, j) => s + v * beta[j], 0);
      const mu = 1 / (1 + Math.exp(-eta));
      for (let j = 0; j < p; j++) {
        g[j] += (y[i] - mu) * row[j];
        for (let k = 0; k < p; k++) h[j][k] += mu * (1 - mu) * row[j] * row[k];
      }
    });
    for (let j = 0; j < p; j++) {
      g[j] -= penalty[j] * beta[j];
      h[j][j] += penalty[j];
    }
    const a = h.map((row, j) => [...row, g[j]]);
    for (let c = 0; c < p; c++) {
      let pivot = c;
      for (let r = c + 1; r < p; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
      [a[c], a[pivot]] = [a[pivot], a[c]];
      for (let r = 0; r < p; r++) {
        if (r === c) continue;
        const f = a[r][c] / a[c][c];
        for (let k = c; k <= p; k++) a[r][k] -= f * a[c][k];
      }
    }
    beta = beta.map((b, j) => b + a[j][p] / a[j][j]);
  }
  return beta;
}

/** The objective's gradient written out plainly from its definition. */
function objectiveGradient(rows: number[][], y: number[], fit: LogisticFit, lambda: number): number[] {
  const p = rows[0].length;
  const gradient = new Array<number>(p + 1).fill(0);
  rows.forEach((row, i) => {
    const eta = fit.intercept + row.reduce((s, v, j) => s + v * fit.coefficients[j], 0);
    const residual = 1 / (1 + Math.exp(-eta)) - y[i];
    gradient[0] += residual;
    row.forEach((v, j) => (gradient[j + 1] += residual * v));
  });
  for (let j = 0; j < p; j++) gradient[j + 1] += lambda * fit.scales[j] ** 2 * fit.coefficients[j];
  return gradient;
}

function syntheticData(n: number, seed: number): { rows: number[][]; y: number[] } {
  const random = lcg(seed);
  const truth = [-1.2, 0.8, -0.5, 1.5, 0.3];
  const rows: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const category = Math.floor(random() * 3);
    // A one-hot pair, a count and a continuous column on a large scale.
    const row = [category === 1 ? 1 : 0, category === 2 ? 1 : 0, Math.floor(random() * 4), (random() - 0.5) * 200];
    const eta = truth[0] + truth[1] * row[0] + truth[2] * row[1] + truth[3] * row[2] * 0.5 + truth[4] * row[3] * 0.01;
    rows.push(row);
    y.push(random() < 1 / (1 + Math.exp(-eta)) ? 1 : 0);
  }
  return { rows, y };
}

describe('logistic regression', () => {
  it('reproduces the published Challenger O-ring fit, coefficients and standard errors', () => {
    const fit = fitLogistic(denseDesign(TEMPERATURE.map((t) => [t])), DAMAGED, { lambda: 0 });
    expect(fit.converged).toBe(true);
    expect(fit.intercept).toBeCloseTo(15.0429, 3);
    expect(fit.coefficients[0]).toBeCloseTo(-0.2322, 4);
    expect(fit.interceptStandardError).toBeCloseTo(7.3786, 3);
    expect(fit.standardErrors[0]).toBeCloseTo(0.1082, 4);
    // Residual deviance 20.315 in R's output.
    expect(-2 * fit.logLikelihood).toBeCloseTo(20.315, 2);
  });

  it('agrees with an independent dense Newton solver, with and without a penalty', () => {
    const { rows, y } = syntheticData(600, 7);
    for (const lambda of [0, 3]) {
      const fit = fitLogistic(denseDesign(rows), y, { lambda, standardize: 'none' });
      const reference = referenceFit(rows, y, [0, lambda, lambda, lambda, lambda]);
      expect(fit.intercept).toBeCloseTo(reference[0], 8);
      fit.coefficients.forEach((b, j) => expect(b).toBeCloseTo(reference[j + 1], 8));
    }
  });

  it('penalises standardised coefficients when asked, leaving the intercept free', () => {
    const { rows, y } = syntheticData(600, 11);
    const lambda = 20;
    const fit = fitLogistic(denseDesign(rows), y, { lambda, standardize: Uint8Array.from([0, 0, 1, 1]) });
    expect(fit.scales[0]).toBe(1);
    expect(fit.scales[1]).toBe(1);
    // The count and the wide continuous column are penalised on their standard deviation's scale.
    expect(fit.scales[2]).toBeGreaterThan(1);
    expect(fit.scales[3]).toBeGreaterThan(40);
    const reference = referenceFit(rows, y, [0, lambda, lambda, lambda * fit.scales[2] ** 2, lambda * fit.scales[3] ** 2]);
    fit.coefficients.forEach((b, j) => expect(b).toBeCloseTo(reference[j + 1], 8));
  });

  it('stops where the gradient of the objective is zero', () => {
    const { rows, y } = syntheticData(2000, 3);
    const fit = fitLogistic(denseDesign(rows), y, { lambda: 1, standardize: 'all' });
    expect(fit.gradientMax).toBeLessThan(1e-8);
    for (const g of objectiveGradient(rows, y, fit, 1)) expect(Math.abs(g)).toBeLessThan(1e-7);
  });

  it('is deterministic, reports progress and can be cancelled', () => {
    const { rows, y } = syntheticData(500, 5);
    const design = denseDesign(rows);
    const progress: number[] = [];
    const a = fitLogistic(design, y, { lambda: 1, onProgress: (p) => progress.push(p.iteration) });
    const b = fitLogistic(design, y, { lambda: 1 });
    expect(Array.from(a.coefficients)).toEqual(Array.from(b.coefficients));
    expect(progress).toEqual(Array.from({ length: a.iterations }, (_, i) => i + 1));
    expect(() => fitLogistic(design, y, { lambda: 1, isCancelled: () => true })).toThrow(FitCancelledError);
  });

  it('finds finite weights under complete separation thanks to the penalty, and refuses a single class', () => {
    const rows = [[0], [0], [1], [1]];
    const separated = fitLogistic(denseDesign(rows, 1), [0, 0, 1, 1], { lambda: 1 });
    expect(Number.isFinite(separated.coefficients[0])).toBe(true);
    expect(separated.coefficients[0]).toBeGreaterThan(0);
    expect(() => fitLogistic(denseDesign(rows, 1), [0, 0, 0, 0], { lambda: 1 })).toThrow(/both outcomes/);
  });
});
