import { choleskyFactorRobust, choleskySolve, inverseDiagonal } from './cholesky';

/**
 * A design matrix in compressed sparse rows: row i's entries are at rowStart[i] .. rowStart[i+1]-1.
 * Lead features are mostly one-hot indicators and zero counts, so a row has about a dozen entries
 * out of fifty-odd columns; accumulating the Hessian over pairs of entries instead of the dense
 * row is what makes a Newton fit on hundreds of thousands of leads take a fraction of a second.
 */
export interface SparseDesign {
  rows: number;
  cols: number;
  rowStart: Uint32Array;
  col: Uint16Array;
  value: Float64Array;
}

/** A SparseDesign from dense rows (tests, small data), leaving out the zeros. */
export function denseDesign(rows: readonly (readonly number[])[], cols = rows[0]?.length ?? 0): SparseDesign {
  const rowStart = new Uint32Array(rows.length + 1);
  const col: number[] = [];
  const value: number[] = [];
  rows.forEach((row, i) => {
    row.forEach((x, j) => {
      if (x === 0) return;
      col.push(j);
      value.push(x);
    });
    rowStart[i + 1] = col.length;
  });
  return { rows: rows.length, cols, rowStart, col: Uint16Array.from(col), value: Float64Array.from(value) };
}

export interface LogisticOptions {
  /**
   * L2 penalty λ. The objective minimised is −log-likelihood + λ/2 · Σ (s_j β_j)², the intercept
   * unpenalised; λ = 0 is plain maximum likelihood.
   */
  lambda: number;
  /**
   * Which columns are penalised on the standardised scale (s_j = the column's standard deviation)
   * rather than the raw one (s_j = 1): 'all', 'none' or a 0/1 flag per column. Counts should be,
   * so the penalty does not depend on their unit; one-hot indicators are better left raw, so a
   * rare value (small sd) is shrunk harder rather than less, as its estimate deserves.
   */
  standardize?: 'all' | 'none' | Uint8Array;
  maxIterations?: number;
  /** Converged when no coefficient moves by more than this (standardised units) in a step. */
  tolerance?: number;
}

export interface LogisticProgress {
  iteration: number;
  maxIterations: number;
  objective: number;
  /** Largest change of a coefficient in this step, standardised units. */
  change: number;
}

export interface LogisticFit {
  intercept: number;
  coefficients: Float64Array;
  /** From the inverse of the penalised Hessian at the solution (the Laplace approximation). */
  interceptStandardError: number;
  standardErrors: Float64Array;
  /** The s_j of the penalty. */
  scales: Float64Array;
  iterations: number;
  converged: boolean;
  logLikelihood: number;
  objective: number;
  /** Largest absolute component of the objective's gradient at the solution; ~0 when converged. */
  gradientMax: number;
}

/** Thrown out of fitLogistic when its caller asked it to stop. */
export class FitCancelledError extends Error {
  readonly code = 'fit/cancelled';
  constructor() {
    super('The fit was cancelled.');
  }
}

/** log(1 + e^η) without overflow for large |η|. */
function softplus(eta: number): number {
  return eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
}

/** Penalty weight per parameter: 0 for the intercept (index 0), λ s_j² for coefficient j (index j + 1). */
function penaltyWeights(design: SparseDesign, options: LogisticOptions): { penalty: Float64Array; scales: Float64Array } {
  const { rows, cols, value, col } = design;
  const sum = new Float64Array(cols);
  const sumSquares = new Float64Array(cols);
  for (let e = 0; e < value.length; e++) {
    sum[col[e]] += value[e];
    sumSquares[col[e]] += value[e] * value[e];
  }
  const mode = options.standardize ?? 'all';
  const scales = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    const standardized = mode === 'all' || (mode !== 'none' && mode[j] === 1);
    const mean = sum[j] / Math.max(1, rows);
    const sd = Math.sqrt(Math.max(0, sumSquares[j] / Math.max(1, rows) - mean * mean));
    // A constant column has no spread to standardise by; its raw scale is as good as any.
    scales[j] = standardized && sd > 0 ? sd : 1;
  }
  const penalty = new Float64Array(cols + 1);
  for (let j = 0; j < cols; j++) penalty[j + 1] = options.lambda * scales[j] * scales[j];
  return { penalty, scales };
}

/** Linear predictors of every row for parameters θ (θ[0] the intercept). */
function linearPredictors(design: SparseDesign, theta: Float64Array, out: Float64Array): void {
  const { rowStart, col, value } = design;
  for (let i = 0; i < design.rows; i++) {
    let eta = theta[0];
    for (let e = rowStart[i]; e < rowStart[i + 1]; e++) eta += value[e] * theta[col[e] + 1];
    out[i] = eta;
  }
}

function objectiveAt(design: SparseDesign, y: ArrayLike<number>, theta: Float64Array, penalty: Float64Array, eta: Float64Array): { objective: number; logLikelihood: number } {
  linearPredictors(design, theta, eta);
  let logLikelihood = 0;
  for (let i = 0; i < design.rows; i++) logLikelihood += (y[i] ? eta[i] : 0) - softplus(eta[i]);
  let penaltyTerm = 0;
  for (let j = 1; j < theta.length; j++) penaltyTerm += penalty[j] * theta[j] * theta[j];
  return { objective: -logLikelihood + penaltyTerm / 2, logLikelihood };
}

/**
 * Gradient of the objective (−log-likelihood + penalty) and, when `hessian` is given, its Hessian
 * (lower triangle, row-major, (p+1)²), at θ with linear predictors `eta`.
 */
function derivatives(
  design: SparseDesign,
  y: ArrayLike<number>,
  theta: Float64Array,
  penalty: Float64Array,
  eta: Float64Array,
  gradient: Float64Array,
  hessian: Float64Array | null,
): void {
  // Each column appears at most once per row (buildFeatures guarantees it), or pairs would double count.
  const { rowStart, col, value } = design;
  const size = theta.length;
  gradient.fill(0);
  hessian?.fill(0);
  for (let i = 0; i < design.rows; i++) {
    const p = 1 / (1 + Math.exp(-eta[i]));
    const residual = p - (y[i] ? 1 : 0);
    gradient[0] += residual;
    const start = rowStart[i];
    const end = rowStart[i + 1];
    for (let e = start; e < end; e++) gradient[col[e] + 1] += residual * value[e];
    if (!hessian) continue;
    const w = p * (1 - p);
    hessian[0] += w;
    for (let e = start; e < end; e++) {
      const a = col[e] + 1;
      const wa = w * value[e];
      hessian[a * size] += wa;
      // Columns within a row are not sorted, so each pair goes to whichever triangle cell is lower.
      for (let f = start; f <= e; f++) {
        const b = col[f] + 1;
        if (b <= a) hessian[a * size + b] += wa * value[f];
        else hessian[b * size + a] += wa * value[f];
      }
    }
  }
  for (let j = 1; j < size; j++) {
    gradient[j] += penalty[j] * theta[j];
    if (hessian) hessian[j * size + j] += penalty[j];
  }
}

/**
 * Penalised logistic regression by Newton's method (IRLS) with step halving, as a generator that
 * yields after every iteration: a caller can report progress and stop between iterations (a
 * worker yields to its message loop there, so a cancel message gets through). Deterministic: the
 * same data in the same order give bit-for-bit the same fit. Both classes must occur in `y`.
 */
export function* logisticIterations(design: SparseDesign, y: ArrayLike<number>, options: LogisticOptions): Generator<LogisticProgress, LogisticFit, void> {
  let positives = 0;
  for (let i = 0; i < design.rows; i++) positives += y[i] ? 1 : 0;
  if (positives === 0 || positives === design.rows) throw new Error('A logistic fit needs both outcomes among its rows.');
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-9;
  const size = design.cols + 1;
  const { penalty, scales } = penaltyWeights(design, options);
  const theta = new Float64Array(size);
  // Starting from the base rate makes the first step small and well-behaved.
  theta[0] = Math.log(positives / (design.rows - positives));
  const eta = new Float64Array(design.rows);
  const gradient = new Float64Array(size);
  const hessian = new Float64Array(size * size);
  const trial = new Float64Array(size);
  let current = objectiveAt(design, y, theta, penalty, eta);
  let converged = false;
  let iteration = 0;
  while (iteration < maxIterations && !converged) {
    iteration++;
    derivatives(design, y, theta, penalty, eta, gradient, hessian);
    const step = choleskySolve(choleskyFactorRobust(hessian, size).factor, size, gradient);
    let change = 0;
    for (let j = 0; j < size; j++) change = Math.max(change, Math.abs(step[j]) * (j === 0 ? 1 : scales[j - 1]));
    // Newton's step can overshoot far from the optimum; halve it until the objective falls.
    let factor = 1;
    let next = current;
    for (let halvings = 0; halvings < 30; halvings++) {
      for (let j = 0; j < size; j++) trial[j] = theta[j] - factor * step[j];
      next = objectiveAt(design, y, trial, penalty, eta);
      if (next.objective <= current.objective + 1e-12 * Math.abs(current.objective)) break;
      factor /= 2;
    }
    theta.set(trial);
    const fell = current.objective - next.objective;
    current = next;
    converged = factor * change < tolerance || (factor === 1 && fell >= 0 && fell < 1e-14 * Math.abs(current.objective));
    yield { iteration, maxIterations, objective: current.objective, change: factor * change };
  }
  // Standard errors from the curvature at the solution (eta already holds its predictors).
  derivatives(design, y, theta, penalty, eta, gradient, hessian);
  const variances = inverseDiagonal(choleskyFactorRobust(hessian, size).factor, size);
  let gradientMax = 0;
  for (let j = 0; j < size; j++) gradientMax = Math.max(gradientMax, Math.abs(gradient[j]));
  return {
    intercept: theta[0],
    coefficients: theta.slice(1),
    interceptStandardError: Math.sqrt(variances[0]),
    standardErrors: variances.slice(1).map(Math.sqrt),
    scales,
    iterations: iteration,
    converged,
    logLikelihood: current.logLikelihood,
    objective: current.objective,
    gradientMax,
  };
}

export interface RunOptions extends LogisticOptions {
  onProgress?(progress: LogisticProgress): void;
  /** Asked after every iteration; true stops the fit with a FitCancelledError. */
  isCancelled?(): boolean;
}

/** Runs the fit to the end in one go (tests, benchmarks, the command line). */
export function fitLogistic(design: SparseDesign, y: ArrayLike<number>, options: RunOptions): LogisticFit {
  const steps = logisticIterations(design, y, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    options.onProgress?.(next.value);
    if (options.isCancelled?.()) throw new FitCancelledError();
  }
}

