import { toCsv } from '../../../../shared/export/csv';
import { saveText } from '../../export/save-file';
import { currentEngine, useLab } from '../../state/lab-store';
import { fetchIdentities, knownIdentity } from '../leads/lead-data';

const round = (value: number) => Math.round(value * 100) / 100;

/** Every lead with its scores under the working model, as CSV for the CRM or a spreadsheet. */
export async function exportScoredLeads(): Promise<void> {
  const engine = currentEngine();
  const datasetId = useLab.getState().dataset?.id;
  if (!engine || datasetId === undefined) return;
  const scored = await engine.query({ kind: 'scored-leads' });
  const rows = Array.from({ length: scored.score.length }, (_, row) => row);
  await fetchIdentities(datasetId, rows);
  const body = rows.map((row) => [
    knownIdentity(datasetId, row)?.externalId ?? '',
    round(scored.fit[row]),
    round(scored.engagement[row]),
    round(scored.score[row]),
    scored.mql[row] ? 'yes' : 'no',
    Number.isFinite(scored.mqlAt[row]) && scored.mql[row] ? new Date(scored.mqlAt[row]).toISOString().slice(0, 10) : '',
  ]);
  await saveText('mql-scored-leads.csv', toCsv(['Lead ID', 'Fit', 'Engagement', 'Combined score', 'MQL', 'MQL date'], body));
}
