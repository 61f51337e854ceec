import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GENERATOR_VERSION } from '../../shared/sample/generate';
import type { ChildResult, PressTiming } from './browser-tick-child';
import type { TreeMemory } from './process-memory';
import { READY_FILE, SCHEMA_VERSION, type ReadyFile } from './browser-tick-data';
import type { StandaloneBench } from './import';
import type { BenchResult } from './report';
import { median, percentile } from './timing';

/**
 * Issue 4's budget seen by a user: from the key press on the MQL threshold slider to the frame in
 * which the KPI cards show the new figures, in Chromium, on the web host's app (the desktop
 * app's renderer). Each press is timed from the keydown event's own timestamp to the app's
 * `mql:kpis-painted` mark (renderer/src/worker/tick-marks.ts) of the tick it started.
 *
 * The peer is the worker's compute time for the same ticks, as the worker reports it to the app:
 * the ratio says how many times the engine's own work the whole key-to-paint path takes, so what
 * is not engine (input handling, message transfer, React, paint) shows as ratio - 1. `agree`
 * says the cards show the figures they started with once the threshold's walk (10 points down,
 * 20 up, 10 down) is back where it began: the same model, so it must give the same figures.
 *
 * Named only (`npm run bench -- browser-tick`): it builds the app, and at a million leads the
 * data folder takes a minute to write and the app a while to load. The folder is kept in the
 * temp directory, keyed by size, generator and schema version, so later runs reuse it.
 * MQL_BENCH_TRACE=FILE records a Chrome trace of the measured presses for chrome://tracing or
 * DevTools.
 */
export const BROWSER_TICK_BENCH: StandaloneBench = { name: 'browser-tick', explicit: true, run: runBrowserTick };

const ROOT = path.join(import.meta.dirname, '..', '..');
/** Built once per run of the runner, however many sizes it measures. */
let built = false;

function runBrowserTick(n: number, log: (line: string) => void): BenchResult {
  build(log);
  const folder = dataFolder(n, log);
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  const trace = process.env.MQL_BENCH_TRACE;
  const child = spawnSync(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'browser-tick-child.ts'), folder, String(n), ...(trace ? [trace] : [])], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 22,
  });
  if (child.status !== 0) throw new Error(`The browser-tick session failed (exit code ${child.status}).`);
  const result = JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as ChildResult;
  log(`# browser-tick at ${n.toLocaleString('en-US')}: load average before ${load}, after ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  logBreakdown(result.presses, log);
  logMemory(result.memory, log);
  if (trace) log(`# browser-tick: Chrome trace of the measured presses in ${trace}`);
  const keyToPaint = result.presses.map((p) => p.painted - p.key);
  const worker = result.presses.map((p) => p.workerMs);
  const ours = median(keyToPaint);
  const peer = median(worker);
  return {
    name: 'browser-tick',
    n,
    medianMs: ours,
    p95Ms: percentile(keyToPaint, 95),
    peer: 'worker compute',
    peerMedianMs: peer,
    ratio: ours / peer,
    agree: result.agree,
  };
}

/** The whole app's memory: issue 4 asks under 1 GB at a million leads with ten million activities. */
function logMemory({ peak, settled }: ChildResult['memory'], log: (line: string) => void): void {
  const mb = (value: number) => `${Math.round(value).toLocaleString('en-US')} MB`;
  const parts = (memory: TreeMemory) => memory.processes.filter((p) => p.mb >= 10).map((p) => `${p.name} ${mb(p.mb)}`).join(', ');
  log(`# browser-tick: whole app memory (PSS, web host + Chromium) after the walk ${mb(settled.totalMb)}: ${parts(settled)}`);
  if (peak) log(`# browser-tick: whole app memory at its highest while loading ${mb(peak.totalMb)}: ${parts(peak)}`);
}

/** Where each press's time went, as medians (they need not add up to the median of the whole). */
function logBreakdown(presses: PressTiming[], log: (line: string) => void): void {
  const steps: [string, (p: PressTiming) => number][] = [
    ['key to model posted (input event, React handler, store)', (p) => p.sent - p.key],
    ['worker compute (as the worker reports it)', (p) => p.workerMs],
    ['message transfer both ways and waiting for the thread', (p) => p.received - p.sent - p.workerMs],
    ['result read to KPI cards committed (zustand, React render)', (p) => p.committed - p.received],
    ['committed to painted (next frame: style, layout, paint)', (p) => p.painted - p.committed],
    ['key press to painted', (p) => p.painted - p.key],
  ];
  log(`# browser-tick: where the time goes over ${presses.length} presses (median / p95 ms)`);
  for (const [label, of] of steps) {
    const times = presses.map(of);
    log(`#   ${label.padEnd(62)} ${median(times).toFixed(1).padStart(7)} ${percentile(times, 95).toFixed(1).padStart(7)}`);
  }
}

/** `npm run build`, so the bench measures the code as it is (a few seconds); its output goes to stderr. */
function build(log: (line: string) => void): void {
  if (built) return;
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error('`npm run build` failed; the browser-tick bench needs the built app in dist/.');
  built = true;
  log(`# browser-tick: built the app in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** The prepared data folder for n leads, written once and reused while the generator and schema stay the same. */
function dataFolder(n: number, log: (line: string) => void): string {
  const folder = path.join(os.tmpdir(), `mql-bench-browser-tick-${n}-gen${GENERATOR_VERSION}-schema${SCHEMA_VERSION}`);
  const ready = readReady(folder);
  if (ready?.leads === n && ready.generatorVersion === GENERATOR_VERSION && ready.schemaVersion === SCHEMA_VERSION) {
    log(`# browser-tick: reusing ${folder} (${ready.activities.toLocaleString('en-US')} activities)`);
    return folder;
  }
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  log(`# browser-tick: writing ${n.toLocaleString('en-US')} generated leads to ${folder} …`);
  const child = spawnSync(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'browser-tick-data.ts'), folder, String(n)], {
    stdio: ['ignore', 2, 2],
  });
  const written = readReady(folder);
  if (child.status !== 0 || written === null) throw new Error(`Writing the data folder ${folder} failed.`);
  log(`# browser-tick: wrote ${written.activities.toLocaleString('en-US')} activities in ${written.seconds} s`);
  return folder;
}

function readReady(folder: string): ReadyFile | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(folder, READY_FILE), 'utf8')) as ReadyFile;
  } catch {
    return null;
  }
}
