import { describe, expect, it } from 'vitest';
import { LatestOnly } from '../../../renderer/src/worker/latest-only';

describe('latest-only scheduling of slider ticks', () => {
  it('runs the first request at once, drops stale ones and runs only the newest next', () => {
    const started: number[] = [];
    const queue = new LatestOnly<number>((v) => started.push(v));
    queue.request(1);
    queue.request(2);
    queue.request(3);
    queue.request(4);
    expect(started).toEqual([1]);
    queue.done();
    expect(started).toEqual([1, 4]);
    queue.done();
    queue.request(5);
    expect(started).toEqual([1, 4, 5]);
  });
});
