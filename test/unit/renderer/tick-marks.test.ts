import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { markKpisCommitted, markTickReceived, markTickSent, TICK_MEASURE, type TickTiming } from '../../../renderer/src/worker/tick-marks';

/** The measures in the timeline, newest last. */
const measures = (): TickTiming[] => performance.getEntriesByName(TICK_MEASURE, 'measure').map((m) => (m as PerformanceMeasure).detail as TickTiming);

/** Waits until the tick's frame has run and its measure is made. */
const painted = (seq: number): Promise<void> => vi.waitFor(() => expect(measures().at(-1)?.seq).toBe(seq));

describe('tick marks', () => {
  // Node has no frames; a timer stands in for the next one.
  beforeAll(() => vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 0)));
  afterAll(() => vi.unstubAllGlobals());

  it('measures a tick from the model sent to its KPI cards painted, with the worker’s own time', async () => {
    const kpis = {};
    markTickSent(1);
    markTickReceived(1, 12.5, kpis);
    markKpisCommitted(kpis);
    await painted(1);
    const [tick] = measures();
    expect(tick.workerMs).toBe(12.5);
    expect(tick.sent).toBeLessThanOrEqual(tick.received);
    expect(tick.received).toBeLessThanOrEqual(tick.committed);
    expect(tick.committed).toBeLessThanOrEqual(tick.painted);
    const [entry] = performance.getEntriesByName(TICK_MEASURE, 'measure');
    expect(entry.startTime).toBe(tick.sent);
    expect(entry.duration).toBeCloseTo(tick.painted - tick.sent, 6);
  });

  it('keeps only the newest measure and no marks, so a long session does not pile them up', async () => {
    for (const seq of [2, 3]) {
      const kpis = {};
      markTickSent(seq);
      markTickReceived(seq, 1, kpis);
      markKpisCommitted(kpis);
      await painted(seq);
    }
    expect(measures().map((t) => t.seq)).toEqual([3]);
    expect(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('mql:'))).toEqual([]);
  });

  it('marks nothing for figures no tick sent, and drops a tick whose figures were never committed', async () => {
    const measure = vi.spyOn(performance, 'measure');
    markKpisCommitted({});
    const first = {};
    const second = {};
    markTickSent(4);
    markTickReceived(4, 1, first);
    markTickSent(5);
    markTickReceived(5, 1, second);
    // React folded both results into one commit: only the second was ever on screen.
    markKpisCommitted(second);
    markKpisCommitted(first);
    const third = {};
    markTickSent(6);
    markTickReceived(6, 1, third);
    markKpisCommitted(third);
    // Frames run in order, so anything the stray commits had scheduled would have run by now.
    await painted(6);
    const seqs = measure.mock.calls.map(([, options]) => ((options as PerformanceMeasureOptions).detail as TickTiming).seq);
    expect(seqs).toEqual([5, 6]);
    measure.mockRestore();
  });
});
