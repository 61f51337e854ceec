import type Database from 'better-sqlite3';
import type { LeadIdentity } from '../../shared/api';
import { leadIdRange } from './lead-range';

/**
 * Who the leads at given rows of a dataset's lead table are. The lead table holds leads in id
 * order, so row i is the i-th id of the dataset; the ids are kept per dataset after the first call.
 */
export class LeadIdentities {
  private readonly idsByDataset = new Map<number, Float64Array>();

  constructor(private readonly db: Database.Database) {}

  lookup(datasetId: number, rows: readonly number[]): LeadIdentity[] {
    const ids = this.idsOf(datasetId);
    const wanted = rows.filter((row) => Number.isInteger(row) && row >= 0 && row < ids.length);
    const result: LeadIdentity[] = [];
    const select = this.db.prepare<number[], { id: number; externalId: string; email: string | null; company: string | null }>(
      'SELECT id, external_id AS externalId, email, company FROM leads WHERE id = ?',
    );
    for (const row of wanted) {
      const found = select.get(ids[row]);
      if (found) result.push({ row, externalId: found.externalId, email: found.email, company: found.company });
    }
    return result;
  }

  private idsOf(datasetId: number): Float64Array {
    let ids = this.idsByDataset.get(datasetId);
    if (!ids) {
      const range = leadIdRange(this.db, datasetId);
      const select = this.db.prepare('SELECT id FROM leads WHERE id BETWEEN ? AND ? AND +dataset_id = ? ORDER BY id').pluck();
      const column = range ? (select.all(range.first, range.last, datasetId) as number[]) : [];
      ids = Float64Array.from(column);
      this.idsByDataset.set(datasetId, ids);
    }
    return ids;
  }
}
