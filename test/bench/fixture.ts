import type { LeadTable } from '../../shared/engine/lead-table';
import { SAMPLE_DEFAULTS, type SampleLead } from '../../shared/sample/generate';
import { buildSampleTable } from './sample-table';
import { SqlitePeer } from './sqlite-peer';

/** One seeded dataset at one size, as every bench at that size sees it. */
export interface Fixture {
  n: number;
  table: LeadTable;
  /** Only built when a bench that compares with SQLite runs, since loading it dominates setup. */
  peer: SqlitePeer | null;
  /** Where setup time went, for the run's notes: the generator pass without the SQLite inserts,
   * the inserts, then commit + index + ANALYZE. */
  setupMs: { generateAndTable: number; sqliteInsert: number; sqliteIndex: number };
}

/**
 * Generates the sample once and feeds each lead to both the lead table and (when wanted) the
 * SQLite peer, so both sides hold exactly the same leads, activities and outcomes. The seed and
 * date range are the bundled sample's; only the lead count changes with the size.
 */
export function buildFixture(n: number, withPeer: boolean): Fixture {
  const peer = withPeer ? SqlitePeer.create(String(n)) : null;
  try {
    let sqliteInsert = 0;
    const toPeer = peer
      ? (lead: SampleLead): void => {
          const before = performance.now();
          peer.add(lead);
          sqliteInsert += performance.now() - before;
        }
      : undefined;
    const start = performance.now();
    const table = buildSampleTable({ ...SAMPLE_DEFAULTS, leads: n }, toPeer);
    const generated = performance.now();
    peer?.finishLoad();
    const sqliteIndex = performance.now() - generated;
    const generateAndTable = generated - start - sqliteInsert;
    return { n, table, peer, setupMs: { generateAndTable, sqliteInsert, sqliteIndex } };
  } catch (error) {
    peer?.dispose();
    throw error;
  }
}
