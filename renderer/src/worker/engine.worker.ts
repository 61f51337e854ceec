import { decodeLeadTable } from '../../../shared/engine/lead-table-codec';
import { ScoringSession } from '../../../shared/engine/scoring-session';
import { vocabularyOf } from '../../../shared/engine/vocabulary';
import type { WorkerRequest, WorkerResponse } from './protocol';

/**
 * The scoring engine, off the UI thread. It holds the decoded lead table between ticks, so a
 * slider move costs one pass over the leads and never a trip to the store.
 */
let session: ScoringSession | null = null;

function reply(message: WorkerResponse): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  try {
    const started = performance.now();
    if (request.type === 'load') {
      session = new ScoringSession(decodeLeadTable(request.table));
      const baseline = session.evaluate(request.baseline);
      reply({ type: 'loaded', vocabulary: vocabularyOf(session.table), baseline, ms: performance.now() - started });
      return;
    }
    if (!session) throw new Error('No dataset is loaded yet.');
    const kpis = session.evaluate(request.model);
    reply({ type: 'result', seq: request.seq, kpis, ms: performance.now() - started });
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
