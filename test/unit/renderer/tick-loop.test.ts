import { describe, expect, it } from 'vitest';
import { TickLoop } from '../../../renderer/src/worker/tick-loop';

/** A loop whose pauses resolve only when the test says so, recording every step it takes. */
function recordingLoop() {
  const steps: string[] = [];
  const pauses: (() => void)[] = [];
  const loop = new TickLoop<number>({
    headline: (tick) => steps.push(`kpis ${tick}`),
    views: (tick) => steps.push(`views ${tick}`),
    pause: () => new Promise<void>((resolve) => pauses.push(resolve)),
    failed: (error) => steps.push(`failed ${String(error)}`),
  });
  const resume = async () => {
    pauses.shift()?.();
    // Let the loop's continuation run.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { loop, steps, resume };
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
    expect(steps).toEqual(['kpis 1', 'kpis 3']);
    await resume();
    expect(steps).toEqual(['kpis 1', 'kpis 3', 'views 3']);
    loop.push(4);
    expect(steps).toEqual(['kpis 1', 'kpis 3', 'views 3', 'kpis 4']);
    await resume();
    expect(steps.at(-1)).toBe('views 4');
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
    });
    loop.push(1);
    expect(seen).toEqual(['bad model']);
    loop.push(2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['bad model', 'kpis 2', 'views 2']);
  });
});
