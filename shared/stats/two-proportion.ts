/**
 * Two-proportion z-test (pooled), two-sided. Says whether two rates differ by more than noise;
 * with an empty group nothing can be said, so p is 1.
 */
export interface ProportionTest {
  z: number;
  p: number;
  /** p < 0.05. */
  significant: boolean;
}

export function twoProportionTest(successesA: number, trialsA: number, successesB: number, trialsB: number): ProportionTest {
  if (trialsA === 0 || trialsB === 0) return { z: 0, p: 1, significant: false };
  const pooled = (successesA + successesB) / (trialsA + trialsB);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / trialsA + 1 / trialsB));
  if (standardError === 0) return { z: 0, p: 1, significant: false };
  const z = (successesA / trialsA - successesB / trialsB) / standardError;
  const p = 2 * (1 - standardNormalCdf(Math.abs(z)));
  return { z, p, significant: p < 0.05 };
}

/** Φ(x) by the complementary error function (Numerical Recipes erfc, |error| < 1.2e-7). */
export function standardNormalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}
