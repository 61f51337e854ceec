import type { ResultTab } from '../../state/view-store';

export const TAB_LABELS: Record<ResultTab, string> = {
  summary: 'Summary',
  sweep: 'Sweep',
  funnel: 'Funnel',
  time: 'Over time',
  channels: 'Channels',
  matrix: 'Fit × engagement',
  distribution: 'Scores',
  ranking: 'Ranking',
  leads: 'Leads',
  scenarios: 'Scenarios',
  versions: 'Versions',
  assistant: 'Assistant',
};
