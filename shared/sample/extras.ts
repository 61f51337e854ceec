import type { FitAttributeKey } from '../model/catalog';
import { Random, streamSeed } from './random';

/**
 * Two columns the sample's CRM has beyond the catalogue's attributes, for users to keep as extra
 * attributes: an employee count and whether the company is an existing customer. They are drawn
 * from a stream of their own, so adding them left every other value of the sample as it was,
 * and they are tied to what is already there (the size band, the account tier) rather than to
 * the hidden propensity, which they do not change.
 */
export interface SampleExtras {
  /** null where the CRM has no count. */
  employees: number | null;
  /** null where nobody recorded it. */
  existingCustomer: boolean | null;
}

/** Above every lead's own stream number and the schedule's (0xfffffff0), so the streams never meet. */
const EXTRAS_STREAM = 2 ** 36;

/** Employee counts each size band spans; the largest band's top is where enterprises thin out. */
const SIZE_RANGES: Record<string, [number, number]> = {
  '1-10': [1, 10],
  '11-50': [11, 50],
  '51-200': [51, 200],
  '201-1000': [201, 1000],
  '1001-5000': [1001, 5000],
  '5000+': [5001, 60_000],
};

/** Existing customers sit in the named accounts far more often than in the long tail. */
const CUSTOMER_SHARE: Record<string, number> = { 'Tier 1': 0.3, 'Tier 2': 0.15, 'Tier 3': 0.08, None: 0.03 };

export function drawExtras(seed: number, index: number, fit: Readonly<Record<FitAttributeKey, string>>): SampleExtras {
  const rng = new Random(streamSeed(seed, EXTRAS_STREAM + index));
  const [low, high] = SIZE_RANGES[fit.companySize] ?? [1, 10];
  // Log-uniform inside the band: as many companies of 20 as of 40 employees per unit of scale.
  const employees = rng.chance(0.04) ? null : Math.min(high, Math.round(Math.exp(rng.uniform(Math.log(low), Math.log(high + 1)))));
  const existingCustomer = rng.chance(0.06) ? null : rng.chance(CUSTOMER_SHARE[fit.accountTier] ?? 0.03);
  return { employees, existingCustomer };
}
