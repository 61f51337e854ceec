import { ScoringSession } from '../../shared/engine/scoring-session';
import type { Fixture } from './fixture';
import type { BenchResult } from './report';
import { median, percentile, timeRuns } from './timing';

/**
 * What loading a dataset costs the worker before the first slider tick: building the session,
 * which indexes every lead's events (cutoffs, occurrence ranks, leads per activity type) and
 * allocates the buffers the ticks reuse. The first model's full score is logged by the slider
 * benches; the lead table itself is the store's job and is not timed here.
 */
export function runLoadTable(fixture: Fixture): BenchResult {
  const runs = fixture.n >= 1_000_000 ? 5 : 10;
  const times = timeRuns(runs, () => void new ScoringSession(fixture.table));
  return {
    name: 'load-table',
    n: fixture.n,
    medianMs: median(times),
    p95Ms: percentile(times, 95),
    peer: null,
    peerMedianMs: null,
    ratio: null,
    agree: null,
  };
}
