import type { ThresholdGoals } from './solve-threshold';

/** Words the solvers share, so a threshold and a set of cells are reported alike. */
export const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
export const count = (n: number) => Math.round(n).toLocaleString('en-US');
/** Weekly volumes near a capacity need their decimal: 40.3 a week is over a capacity of 40. */
export const weekly = (n: number) => (n < 100 ? n.toLocaleString('en-US', { maximumFractionDigits: 1 }) : count(n));

export function goalCount(goals: Pick<ThresholdGoals, 'minRate' | 'maxPerWeek'>): string {
  const set = (goals.minRate !== null ? 1 : 0) + (goals.maxPerWeek !== null ? 1 : 0);
  return set === 2 ? 'both goals' : set === 1 ? 'the goal' : 'no goal (none set)';
}

export function rateWords(confident: boolean): string {
  return confident ? 'the lower end of the 95 % interval of the MQL→SQL rate' : 'the MQL→SQL rate';
}
