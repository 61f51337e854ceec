import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { peakSampler, processTree, treeMemory, type TreeMemory } from './process-memory';
import type { TickTiming } from '../../renderer/src/worker/tick-marks';

/**
 * One measured browser session of the browser-tick bench, in a process of its own (the runner
 * is synchronous, Playwright is not): starts the web host on the prepared data folder, opens the
 * app in Chromium, waits for the dataset, then steps the MQL threshold slider by keyboard and
 * records, for each press, the key's own event time and the app's tick marks (tick-marks.ts).
 * Progress goes to stderr; the last line of stdout is a ChildResult.
 *
 *   tsx test/bench/browser-tick-child.ts DATA_FOLDER N [TRACE_FILE]
 */
export interface PressTiming extends TickTiming {
  /** The keydown event's timeStamp: when the browser took the key press in. */
  key: number;
}

export interface ChildResult {
  warmUp: number;
  presses: PressTiming[];
  /** From opening the page to the KPI cards first shown. */
  loadMs: number;
  /** The cards show the same figures once the walk is back at the threshold it started from. */
  agree: boolean;
  kpisAtStart: string[];
  /** The whole app's memory (web host and every Chromium process): highest while loading, and after the walk. */
  memory: { peak: TreeMemory | null; settled: TreeMemory };
}

const ROOT = path.join(import.meta.dirname, '..', '..');
const TOKEN = crypto.randomBytes(12).toString('hex');
/** Steps not counted: the first ticks after load run code the JIT has not seen yet. */
const WARM_UP = ['ArrowRight', 'ArrowLeft', 'ArrowRight', 'ArrowLeft'];
/**
 * Ten points down, twenty up and ten down again: each step a new threshold, around the baseline's
 * where a team starts nudging, and the walk ends where it began. The engine's cost of a step
 * grows with the leads scored near the threshold, so where the walk goes matters.
 */
const WALK = [...Array<string>(10).fill('ArrowLeft'), ...Array<string>(20).fill('ArrowRight'), ...Array<string>(10).fill('ArrowLeft')];
const KPI_IDS = ['mqls', 'rate', 'captured', 'unobserved'];
/** A press whose tick has not painted by then means the app (or an old build of it) did not mark it. */
const TICK_TIMEOUT_MS = 60_000;

/** What the page keeps for the bench; installed before the app's own scripts run. */
interface BenchGlobals {
  __benchKeys: number[];
  __benchTicks: TickTiming[];
  __benchNextTick(after: number, timeoutMs: number): Promise<TickTiming | null>;
}

function installRecorders(): void {
  const w = window as unknown as BenchGlobals;
  const waiting: { after: number; resolve(tick: TickTiming | null): void }[] = [];
  w.__benchKeys = [];
  w.__benchTicks = [];
  // Capture phase on the window: the first listener to see the key, before the slider's own handling.
  window.addEventListener('keydown', (event) => w.__benchKeys.push(event.timeStamp), true);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== 'mql:tick') continue;
      const tick = (entry as PerformanceMeasure).detail as TickTiming;
      w.__benchTicks.push(tick);
      for (let i = waiting.length - 1; i >= 0; i--) {
        if (tick.sent >= waiting[i].after) waiting.splice(i, 1)[0].resolve(tick);
      }
    }
  }).observe({ type: 'measure' });
  w.__benchNextTick = (after, timeoutMs) =>
    new Promise((resolve) => {
      const done = w.__benchTicks.find((t) => t.sent >= after);
      if (done) return resolve(done);
      waiting.push({ after, resolve });
      setTimeout(() => resolve(null), timeoutMs);
    });
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function startHost(folder: string, port: number, log: (line: string) => void): Promise<ChildProcess> {
  const host = spawn(process.execPath, [path.join(ROOT, 'dist', 'web-host.cjs'), '--port', String(port), '--data', folder, '--token', TOKEN], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Drained, so a chatty host never blocks on a full pipe.
  host.stdout?.resume();
  host.stderr?.on('data', (chunk: Buffer) => log(`# web host: ${chunk.toString().trim()}`));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (host.exitCode !== null) throw new Error(`The web host exited with code ${host.exitCode}.`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return host;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  host.kill();
  throw new Error('The web host did not answer /health within a minute.');
}

async function kpiTexts(page: Page): Promise<string[]> {
  return Promise.all(KPI_IDS.map((id) => page.getByTestId(`kpi-${id}`).innerText()));
}

async function press(page: Page, key: string): Promise<PressTiming> {
  await page.keyboard.press(key);
  const result = await page.evaluate(async (timeoutMs) => {
    const w = window as unknown as BenchGlobals;
    const keyAt = w.__benchKeys[w.__benchKeys.length - 1];
    return { key: keyAt, tick: await w.__benchNextTick(keyAt, timeoutMs) };
  }, TICK_TIMEOUT_MS);
  if (!result.tick) {
    throw new Error(
      `No mql:tick measure within ${TICK_TIMEOUT_MS / 1000} s of pressing ${key}. If dist/ predates the tick marks ` +
        '(renderer/src/worker/tick-marks.ts), run `npm run build`.',
    );
  }
  return { key: result.key, ...result.tick };
}

async function main(): Promise<void> {
  const [folder, count, trace] = process.argv.slice(2);
  const n = Number(count);
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const port = await freePort();
  // Everything this process started is the app (the web host and Chromium's processes); the
  // bench's own process, which only drives them, is not.
  const app = () => processTree([process.pid]).filter((pid) => pid !== process.pid);
  const sampler = peakSampler(app);
  const host = await startHost(folder, port, log);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.addInitScript(installRecorders);
    const opened = performance.now();
    await page.goto(`http://127.0.0.1:${port}/?token=${TOKEN}`);
    await page.getByTestId('kpi-mqls').waitFor({ timeout: 20 * 60_000 });
    const loadMs = performance.now() - opened;
    log(`# browser-tick: ${n.toLocaleString('en-US')} leads loaded and shown in ${(loadMs / 1000).toFixed(1)} s`);
    const leads = await page.locator('[data-kpi="mqls"] .kpi-detail').innerText();
    if (!leads.includes(`${n.toLocaleString('en-US')} leads`)) throw new Error(`The app shows "${leads}", not ${n} leads.`);

    // The working model is autosaved; an earlier run may have left it off the baseline.
    const reset = page.getByRole('button', { name: 'Reset to baseline' });
    if (await reset.isEnabled()) {
      const clicked = await page.evaluate(() => performance.now());
      await reset.click();
      await page.evaluate((after) => (window as unknown as BenchGlobals).__benchNextTick(after, 60_000), clicked);
    }
    const slider = page.getByRole('slider', { name: 'MQL threshold', exact: true });
    await slider.focus();
    const kpisAtStart = await kpiTexts(page);

    for (const key of WARM_UP) await press(page, key);
    if (trace) await browser.startTracing(page, { path: trace, screenshots: false });
    const presses: PressTiming[] = [];
    for (const key of WALK) presses.push(await press(page, key));
    if (trace) await browser.stopTracing();

    const kpisAtEnd = await kpiTexts(page);
    if (problems.length > 0) throw new Error(`The page reported errors: ${problems.join(' | ')}`);
    const memory = { peak: sampler.stop(), settled: treeMemory(app()) };
    const result: ChildResult = {
      warmUp: WARM_UP.length,
      presses,
      loadMs,
      agree: kpisAtEnd.every((text, i) => text === kpisAtStart[i]),
      kpisAtStart,
      memory,
    };
    fs.writeSync(1, `${JSON.stringify(result)}\n`);
  } finally {
    await browser.close();
    host.kill('SIGTERM');
    await new Promise((resolve) => (host.exitCode !== null ? resolve(null) : host.once('exit', resolve)));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
