/**
 * Chart colours, the same in every view: the scenario in blue, the baseline in slate grey,
 * outcomes in blue (SQL), orange (worked, not SQL) and light grey (never worked). Blue and orange
 * stay apart for the common colour-vision deficiencies.
 */
export const COLORS = {
  scenario: '#1d4ed8',
  scenarioSoft: 'rgba(29, 78, 216, 0.16)',
  baseline: '#94a3b8',
  sql: '#1d4ed8',
  notSql: '#f59e0b',
  unobserved: '#cbd5e1',
  target: 'rgba(16, 185, 129, 0.12)',
  capacity: '#c2410c',
  ink: '#111827',
  muted: '#5b6474',
  grid: '#e5e7eb',
} as const;

export const FONT = { fontFamily: "'Inter', 'Segoe UI', system-ui, sans-serif", fontSize: 13 } as const;
