/**
 * Cholesky factorisation and solves for the small symmetric positive-definite systems of a Newton
 * step (one row and column per model weight, so tens to a few hundred). Matrices are row-major
 * Float64Arrays of n × n; only the lower triangle is read.
 */
export class NotPositiveDefiniteError extends Error {
  constructor(readonly column: number) {
    super(`The matrix is not positive definite (pivot ${column}).`);
  }
}

/** Overwrites the lower triangle of `a` with L such that a = L Lᵀ. */
export function choleskyFactor(a: Float64Array, n: number): void {
  for (let j = 0; j < n; j++) {
    let diagonal = a[j * n + j];
    for (let k = 0; k < j; k++) diagonal -= a[j * n + k] * a[j * n + k];
    if (!(diagonal > 0)) throw new NotPositiveDefiniteError(j);
    const pivot = Math.sqrt(diagonal);
    a[j * n + j] = pivot;
    for (let i = j + 1; i < n; i++) {
      let sum = a[i * n + j];
      for (let k = 0; k < j; k++) sum -= a[i * n + k] * a[j * n + k];
      a[i * n + j] = sum / pivot;
    }
  }
}

/**
 * Factors a copy of `a`, adding a growing multiple of its mean diagonal until it factors: a
 * Hessian can be singular to working precision (collinear columns without a penalty) and a tiny
 * ridge then picks one of the equally good solutions instead of failing.
 */
export function choleskyFactorRobust(a: Float64Array, n: number): { factor: Float64Array; jitter: number } {
  let trace = 0;
  for (let j = 0; j < n; j++) trace += Math.abs(a[j * n + j]);
  const scale = trace > 0 ? trace / n : 1;
  for (let jitter = 0; ; jitter = jitter === 0 ? 1e-12 * scale : jitter * 100) {
    const factor = a.slice();
    for (let j = 0; j < n; j++) factor[j * n + j] += jitter;
    try {
      choleskyFactor(factor, n);
      return { factor, jitter };
    } catch (error) {
      if (!(error instanceof NotPositiveDefiniteError) || jitter > scale) throw error;
    }
  }
}

/** Solves L Lᵀ x = b for x, given the factor from choleskyFactor. */
export function choleskySolve(factor: Float64Array, n: number, b: ArrayLike<number>): Float64Array {
  const x = Float64Array.from(b);
  for (let i = 0; i < n; i++) {
    let sum = x[i];
    for (let k = 0; k < i; k++) sum -= factor[i * n + k] * x[k];
    x[i] = sum / factor[i * n + i];
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = x[i];
    for (let k = i + 1; k < n; k++) sum -= factor[k * n + i] * x[k];
    x[i] = sum / factor[i * n + i];
  }
  return x;
}

/** The diagonal of a⁻¹ from a's factor: one solve per unit vector. */
export function inverseDiagonal(factor: Float64Array, n: number): Float64Array {
  const out = new Float64Array(n);
  const unit = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    unit.fill(0);
    unit[j] = 1;
    out[j] = choleskySolve(factor, n, unit)[j];
  }
  return out;
}
