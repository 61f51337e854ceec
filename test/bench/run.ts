import { BROWSER_TICK_BENCH } from './browser-tick';
import { CALIBRATE_BENCHES } from './calibrate';
import { buildFixture, type Fixture } from './fixture';
import { IMPORT_BENCHES, type StandaloneBench } from './import';
import { runLoadTable } from './load-table';
import { runRecomputeTick } from './recompute-tick';
import { jsonLine, tableHeader, tableRow, type BenchResult } from './report';
import { memory, runSliderBench, SLIDER_BENCHES } from './slider-ticks';

/**
 * Benchmark runner: `npm run bench [-- NAME ...] [--json] [--sizes 20000,100000] [--no-sqlite]`.
 * Results go to stdout (a table, or one JSON object per line); notes on setup time go to stderr
 * so JSON output stays machine-readable. `--no-sqlite` skips loading the SQLite peer (minutes at
 * 10M leads): recompute-tick then has no peer, and the slider benches check against a full
 * recompute only.
 */
interface Bench {
  name: string;
  /** Whether the fixture needs the SQLite peer loaded. */
  needsPeer: boolean;
  run: (fixture: Fixture, log: (line: string) => void) => BenchResult;
}

const BENCHES: Bench[] = [
  { name: 'recompute-tick', needsPeer: true, run: runRecomputeTick },
  { name: 'load-table', needsPeer: false, run: runLoadTable },
  ...SLIDER_BENCHES.map((bench) => ({
    name: bench.name,
    needsPeer: bench.sqlite,
    run: (fixture: Fixture, log: (line: string) => void) => runSliderBench(bench, fixture, log),
  })),
  ...CALIBRATE_BENCHES,
];

/** Benches that make their own data rather than use the fixture; the explicit ones run only when named. */
const STANDALONE: StandaloneBench[] = [...IMPORT_BENCHES, BROWSER_TICK_BENCH];

/** The bundled sample's size, then the sizes a large CRM export reaches. */
const DEFAULT_SIZES = [20_000, 100_000, 1_000_000];

interface Options {
  benches: Bench[];
  /** Benches that write their own files rather than use the fixture (import, browser-tick). */
  standalone: StandaloneBench[];
  json: boolean;
  sizes: number[];
  sqlite: boolean;
}

function parseArgs(args: string[]): Options {
  const names: string[] = [];
  let json = false;
  let sqlite = true;
  let sizes = DEFAULT_SIZES;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--no-sqlite') sqlite = false;
    else if (arg === '--sizes' || arg.startsWith('--sizes=')) {
      const list = arg === '--sizes' ? args[++i] : arg.slice('--sizes='.length);
      sizes = parseSizes(list);
    } else if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg}`);
    else names.push(arg);
  }
  const unknown = names.filter((name) => ![...BENCHES, ...STANDALONE].some((b) => b.name === name));
  if (unknown.length > 0) throw new UsageError(`Unknown bench ${unknown.join(', ')}`);
  const benches = names.length === 0 ? BENCHES : BENCHES.filter((b) => names.includes(b.name));
  const standalone = STANDALONE.filter((b) => (names.length === 0 ? !b.explicit : names.includes(b.name)));
  return { benches, standalone, json, sizes, sqlite };
}

function parseSizes(list: string | undefined): number[] {
  const sizes = (list ?? '').split(',').map((s) => Number(s.trim().replaceAll('_', '')));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new UsageError(`--sizes needs a comma-separated list of lead counts, got "${list ?? ''}"`);
  }
  return sizes;
}

class UsageError extends Error {}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function main(): number {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const names = [...BENCHES, ...STANDALONE].map((b) => b.name).join('|');
    console.error(`${error.message}\nUsage: npm run bench -- [${names} ...] [--json] [--sizes 20000,100000] [--no-sqlite]`);
    return 2;
  }
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const started = performance.now();
  let disagreements = 0;
  if (!options.json) console.log(tableHeader());

  for (const n of options.sizes) {
    for (const bench of options.standalone) {
      const result = bench.run(n, log);
      if (result.agree === false) disagreements++;
      console.log(options.json ? jsonLine(result) : tableRow(result));
    }
    if (options.benches.length === 0) continue;
    const withPeer = options.sqlite && options.benches.some((b) => b.needsPeer);
    const fixture = buildFixture(n, withPeer);
    // If the run is interrupted, the temp database would otherwise stay behind in os.tmpdir().
    const onSignal = (): void => {
      fixture.peer?.dispose();
      process.exit(130);
    };
    process.once('SIGINT', onSignal);
    try {
      const { generateAndTable, sqliteInsert, sqliteIndex } = fixture.setupMs;
      const events = fixture.table.eventTime.length.toLocaleString('en-US');
      const sqlite = `SQLite insert ${seconds(sqliteInsert)} + index ${seconds(sqliteIndex)}`;
      const setup = `generate + lead table ${seconds(generateAndTable)}${withPeer ? `, ${sqlite}` : ''}`;
      log(`# ${n.toLocaleString('en-US')} leads, ${events} events: ${setup}`);
      for (const bench of options.benches) {
        const benchStart = performance.now();
        const result = bench.run(fixture, log);
        if (result.agree === false) disagreements++;
        console.log(options.json ? jsonLine(result) : tableRow(result));
        log(`# ${bench.name} at ${n.toLocaleString('en-US')} took ${seconds(performance.now() - benchStart)}`);
      }
    } finally {
      process.off('SIGINT', onSignal);
      fixture.peer?.dispose();
    }
  }
  log(`# whole run: ${seconds(performance.now() - started)}, ${memory()}`);
  if (disagreements > 0) log(`# ${disagreements} bench result(s) disagree with their peer`);
  return disagreements > 0 ? 1 : 0;
}

process.exitCode = main();
