import { buildFixture, type Fixture } from './fixture';
import { runLoadTable } from './load-table';
import { runRecomputeTick } from './recompute-tick';
import { jsonLine, tableHeader, tableRow, type BenchResult } from './report';

/**
 * Benchmark runner: `npm run bench [-- NAME ...] [--json] [--sizes 20000,100000]`.
 * Results go to stdout (a table, or one JSON object per line); notes on setup time go to stderr
 * so JSON output stays machine-readable.
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
];

/** The bundled sample's size, then the sizes a large CRM export reaches. */
const DEFAULT_SIZES = [20_000, 100_000, 1_000_000];

interface Options {
  benches: Bench[];
  json: boolean;
  sizes: number[];
}

function parseArgs(args: string[]): Options {
  const names: string[] = [];
  let json = false;
  let sizes = DEFAULT_SIZES;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') json = true;
    else if (arg === '--sizes' || arg.startsWith('--sizes=')) {
      const list = arg === '--sizes' ? args[++i] : arg.slice('--sizes='.length);
      sizes = parseSizes(list);
    } else if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg}`);
    else names.push(arg);
  }
  const unknown = names.filter((name) => !BENCHES.some((b) => b.name === name));
  if (unknown.length > 0) throw new UsageError(`Unknown bench ${unknown.join(', ')}`);
  const benches = names.length === 0 ? BENCHES : BENCHES.filter((b) => names.includes(b.name));
  return { benches, json, sizes };
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
    const names = BENCHES.map((b) => b.name).join('|');
    console.error(`${error.message}\nUsage: npm run bench -- [${names} ...] [--json] [--sizes 20000,100000]`);
    return 2;
  }
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const started = performance.now();
  let disagreements = 0;
  if (!options.json) console.log(tableHeader());

  for (const n of options.sizes) {
    const withPeer = options.benches.some((b) => b.needsPeer);
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
  log(`# whole run: ${seconds(performance.now() - started)}`);
  if (disagreements > 0) log(`# ${disagreements} bench result(s) disagree with their peer`);
  return disagreements > 0 ? 1 : 0;
}

process.exitCode = main();
