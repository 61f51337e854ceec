/**
 * Performance marks for one engine tick, from the model leaving for the worker to the frame in
 * which the KPI cards show its figures. Issue 4 sets a budget for key press to painted cards;
 * the browser-tick benchmark (test/bench/browser-tick.ts) reads these marks to check it and to
 * say where the time goes, and a Chrome performance profile shows them on its Timings track.
 *
 * They are always on: a mark is a timestamp in a list, microseconds a tick. Each tick's marks
 * are cleared once its measure is made, and only the latest measure is kept, so a long session
 * does not pile them up (a PerformanceObserver still receives every one).
 */
export const TICK_MEASURE = 'mql:tick';
const SENT = 'mql:tick-sent';
const RECEIVED = 'mql:tick-received';
const COMMITTED = 'mql:kpis-committed';
const PAINTED = 'mql:kpis-painted';

/** The detail of a `mql:tick` measure: when each step of the tick happened (performance.now() times). */
export interface TickTiming {
  seq: number;
  /** The model was posted to the worker. */
  sent: number;
  /** Its result had arrived and been read (deserialised) on this thread. */
  received: number;
  /** The worker's own time for the tick, as it reports it. */
  workerMs: number;
  /** React had committed the KPI cards with the tick's figures to the DOM. */
  committed: number;
  /** The frame holding them had been painted. */
  painted: number;
}

interface OpenTick {
  sent: number;
  received?: number;
  workerMs?: number;
}

const open = new Map<number, OpenTick>();
/** Which tick a KPI object came from, so the cards can mark it without the store knowing about ticks. */
const tickOfKpis = new WeakMap<object, number>();

export function markTickSent(seq: number): void {
  open.set(seq, { sent: performance.mark(SENT, { detail: { seq } }).startTime });
}

export function markTickReceived(seq: number, workerMs: number, kpis: object): void {
  const tick = open.get(seq);
  if (!tick) return;
  tick.received = performance.mark(RECEIVED, { detail: { seq } }).startTime;
  tick.workerMs = workerMs;
  tickOfKpis.set(kpis, seq);
}

/**
 * Call when the KPI cards have committed `kpis` to the DOM (a layout effect). A rAF callback runs
 * just before that frame's style, layout and paint; a task posted from it runs once they are
 * done, which is as close to "on screen" as the page can observe (the compositor draws it next).
 */
export function markKpisCommitted(kpis: object): void {
  const seq = tickOfKpis.get(kpis);
  const tick = seq === undefined ? undefined : open.get(seq);
  if (seq === undefined || tick?.received === undefined || tick.workerMs === undefined) return;
  // React may fold two results into one commit; the earlier ticks were never shown, so drop them.
  for (const older of open.keys()) if (older <= seq) open.delete(older);
  const committed = performance.mark(COMMITTED, { detail: { seq } }).startTime;
  const { sent, received, workerMs } = tick;
  requestAnimationFrame(() =>
    afterFrame(() => {
      const painted = performance.mark(PAINTED, { detail: { seq } }).startTime;
      const detail: TickTiming = { seq, sent, received, workerMs, committed, painted };
      for (const name of [SENT, RECEIVED, COMMITTED, PAINTED]) performance.clearMarks(name);
      performance.clearMeasures(TICK_MEASURE);
      performance.measure(TICK_MEASURE, { start: sent, end: painted, detail });
    }),
  );
}

const channel = typeof MessageChannel === 'undefined' ? null : new MessageChannel();
const afterFrameQueue: (() => void)[] = [];
if (channel) channel.port1.onmessage = () => afterFrameQueue.shift()?.();

/** Runs `task` in a task of its own, after whatever the current one is (here: a frame) has finished. */
function afterFrame(task: () => void): void {
  if (!channel) return void setTimeout(task, 0);
  afterFrameQueue.push(task);
  channel.port2.postMessage(null);
}
