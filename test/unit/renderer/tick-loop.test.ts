import { describe, expect, it } from 'vitest';
import { MAX_VIEWS_LAG_MS, TickLoop } from '../../../renderer/src/worker/tick-loop';

/**
 * A loop whose pauses resolve only when the test says so, recording every step it takes, on a
 * clock that moves only when the test moves it.
 */
function recordingLoop() {
  const steps: string[] = [];
  const pauses: (() => void)[] = [];
  const clock = { now: 0 };
  const loop = new TickLoop<number>({
    headline: (tick) => steps.push(`kpis ${tick}`),
    views: (tick) => steps.push(`views ${tick}`),
    pause: () => new Promise<void>((resolve) => pauses.push(resolve)),
    failed: (error) => steps.push(`failed ${String(error)}`),
    now: () => clock.now,
  });
  const resume = async () => {
    pauses.shift()?.();
    // Let the loop's continuation run.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { loop, steps, resume, clock };
}

describe('the engine worker’s slider ticks', () => {
  it('sends a lone tick’s KPIs at once and its views after the pause', async () => {
    const { loop, steps, resume } = recordingLoop();
    loop.push(1);
    expect(steps).toEqual(['kpis 1']);
    await resume();
    expect(steps).toEqual(['kpis 1', 'views 1']);
  });

  it('scores only the newest of the models that came in meanwhile, skipping the stale views', async () => {
    const { loop, steps, resume } = recordingLoop();
    loop.push(1);
    loop.push(2);
    loop.push(3);
    await resume();
    // The views were never counted yet, so the first tick's are, even overtaken.
    expect(steps).toEqual(['kpis 1', 'views 1', 'kpis 3']);
    await resume();
    expect(steps).toEqual(['kpis 1', 'views 1', 'kpis 3', 'views 3']);
    loop.push(4);
    expect(steps).toEqual(['kpis 1', 'views 1', 'kpis 3', 'views 3', 'kpis 4']);
    await resume();
    expect(steps.at(-1)).toBe('views 4');
  });

  it('still counts the views now and then while newer models keep coming', async () => {
    const { loop, steps, resume, clock } = recordingLoop();
    loop.push(1);
    await resume();
    expect(steps).toEqual(['kpis 1', 'views 1']);
    // A long drag, a model every quarter of the lag: each tick is overtaken before its pause ends.
    clock.now += MAX_VIEWS_LAG_MS / 4;
    loop.push(2);
    for (let tick = 3; tick <= 12; tick++) {
      clock.now += MAX_VIEWS_LAG_MS / 4;
      loop.push(tick);
      await resume();
    }
    await resume();
    // Every model's KPIs; the views when they had not moved for the lag, and at the end.
    expect(steps.filter((step) => step.startsWith('kpis'))).toHaveLength(12);
    expect(steps.filter((step) => step.startsWith('views'))).toEqual(['views 1', 'views 4', 'views 8', 'views 12']);
  });

  it('reports a failing tick and goes on with the next one', async () => {
    const seen: string[] = [];
    const loop = new TickLoop<number>({
      headline: (tick) => {
        if (tick === 1) throw new Error('bad model');
        seen.push(`kpis ${tick}`);
      },
      views: (tick) => seen.push(`views ${tick}`),
      pause: () => Promise.resolve(),
      failed: (error) => seen.push(error instanceof Error ? error.message : String(error)),
      now: () => 0,
    });
    loop.push(1);
    expect(seen).toEqual(['bad model']);
    loop.push(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['bad model', 'kpis 2', 'views 2']);
  });
});
