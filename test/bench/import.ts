import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildImportWorker, bundleForNode } from '../unit/service/import-worker';
import type { ChildResult } from './import-child';
import type { BenchResult } from './report';
import { median, percentile } from './timing';

/**
 * Import of a seeded CRM export, as import:run does it (streamed, fully validated, one
 * transaction, in the worker), against the sqlite3 shell's `.import` of the same file into a
 * fresh database: a table per file with every column TEXT, no index, constraint or validation,
 * the shell's defaults otherwise (rollback journal, synchronous FULL, one transaction), which is
 * about as fast as a CSV can reach SQLite. That is the peer the ratio is against. For context
 * each run also logs `.import` into a table with the keys the workspace keeps (UNIQUE lead id;
 * activities indexed by lead and time), in WAL mode with a checkpoint at the end, as the
 * workspace is written.
 *
 * 'import' imports the leads file alone; 'import-activities' imports leads and activities
 * (about ten per lead: 1,000,000 leads bring ~9.8 million activities), to show memory stays
 * bounded. Each run happens in a child process of its own so its peak memory is its own.
 */
export interface StandaloneBench {
  name: string;
  /** Runs only when named, because it is slow (minutes at a million leads). */
  explicit: boolean;
  run: (n: number, log: (line: string) => void) => BenchResult;
}

const ROOT = path.join(import.meta.dirname, '..', '..');

export const IMPORT_BENCHES: StandaloneBench[] = [
  { name: 'import', explicit: false, run: (n, log) => runImportBench('import', n, false, log) },
  { name: 'import-activities', explicit: true, run: (n, log) => runImportBench('import-activities', n, true, log) },
];

function runImportBench(name: string, n: number, withActivities: boolean, log: (line: string) => void): BenchResult {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mql-bench-import-'));
  const bundles: string[] = [];
  try {
    const started = performance.now();
    generate(folder, n);
    const leads = path.join(folder, 'leads.csv');
    const activities = path.join(folder, 'activities.csv');
    const files = withActivities ? [leads, activities] : [leads];
    const megabytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0) / 1024 ** 2;
    log(`# ${name}: generated ${Math.round(megabytes).toLocaleString('en-US')} MB of CSV in ${seconds(performance.now() - started)}`);
    const worker = buildImportWorker();
    // Bundled and run by plain node, as the app runs its Node side: under the TypeScript loader the
    // bench itself runs with, each worker thread would also load it, a few hundred milliseconds
    // the app never spends.
    const childScript = bundleForNode(path.join(import.meta.dirname, 'import-child.ts'), 'import-child');
    bundles.push(worker, childScript);
    const runs = n >= 1_000_000 ? 1 : 3;
    const ours: number[] = [];
    const peer: number[] = [];
    const keyedPeer: number[] = [];
    log(`# ${name}: the peer is sqlite3 .import into a fresh table per file: TEXT columns, no index, constraint or validation, rollback journal`);
    let agree = true;
    for (let run = 0; run < runs; run++) {
      const child = importOnce(childScript, worker, path.join(folder, `ours-${run}.sqlite`), files);
      ours.push(child.ms);
      const expectedActivities = withActivities ? child.report.activities : 0;
      log(
        `# ${name} run ${run + 1}: ${seconds(child.ms)}, peak RSS ${child.peakRssMb.toLocaleString('en-US')} MB, ` +
          `${child.report.leads.toLocaleString('en-US')} leads, ${expectedActivities.toLocaleString('en-US')} activities, ` +
          `${child.report.errors} errors, ${child.report.warnings.toLocaleString('en-US')} warnings`,
      );
      const sqlite = sqliteImport(path.join(folder, `peer-${run}.sqlite`), files);
      if (sqlite === null) continue;
      peer.push(sqlite.ms);
      log(`# ${name} run ${run + 1}: sqlite3 .import ${seconds(sqlite.ms)}, ${sqlite.rows.join(' + ')} rows`);
      const keyed = sqliteImport(path.join(folder, `keyed-${run}.sqlite`), files, true);
      if (keyed !== null) {
        keyedPeer.push(keyed.ms);
        log(`# ${name} run ${run + 1}: sqlite3 .import with the workspace's keys, WAL ${seconds(keyed.ms)}, ${keyed.rows.join(' + ')} rows`);
      }
      agree &&= child.report.status === 'imported' && child.report.leads === sqlite.rows[0] && (!withActivities || expectedActivities === sqlite.rows[1]);
      for (const file of fs.readdirSync(folder)) if (file.endsWith('.sqlite')) fs.rmSync(path.join(folder, file));
    }
    if (peer.length === 0) log('# sqlite3 is not installed (apt-get install -y sqlite3), so there is no peer to compare with.');
    const peerMedian = peer.length > 0 ? median(peer) : null;
    if (keyedPeer.length > 0) {
      const keyed = median(keyedPeer);
      log(`# ${name}: against sqlite3 .import with the workspace's keys (${seconds(keyed)}), the ratio is ${(median(ours) / keyed).toPrecision(3)}`);
    }
    return {
      name,
      n,
      medianMs: median(ours),
      p95Ms: percentile(ours, 95),
      peer: peerMedian === null ? null : 'sqlite3 .import',
      peerMedianMs: peerMedian,
      ratio: peerMedian === null ? null : median(ours) / peerMedian,
      agree: peerMedian === null ? null : agree,
    };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
    for (const bundle of bundles) fs.rmSync(bundle, { force: true });
  }
}

/** The bundled sample's generator and CSV writer, at n leads: the same files a user would import. */
function generate(folder: string, n: number): void {
  const result = spawnSync(
    process.execPath,
    [...process.execArgv, path.join(ROOT, 'scripts', 'generate-sample.ts'), '--out', folder, '--leads', String(n), '--force'],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`Generating ${n} leads failed: ${result.stderr}`);
}

function importOnce(childScript: string, worker: string, workspace: string, files: string[]): ChildResult {
  const child = spawnSync(process.execPath, [childScript, worker, workspace, ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`The import failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as ChildResult;
}

/**
 * `.import` of each file into a table of its own; null when the sqlite3 shell is not installed.
 * `keyed` first creates the tables with the keys the workspace keeps and uses WAL as it does.
 */
function sqliteImport(database: string, files: string[], keyed = false): { ms: number; rows: number[] } | null {
  const tables = files.map((f) => path.basename(f, '.csv'));
  const commands = keyed
    ? [
        'PRAGMA journal_mode = WAL;',
        'PRAGMA synchronous = NORMAL;',
        ...files.map((f, i) => keyedTable(f, tables[i])),
        ...files.map((f, i) => `.import --csv --skip 1 '${f}' ${tables[i]}`),
        'PRAGMA wal_checkpoint(TRUNCATE);',
      ]
    : ['.mode csv', ...files.map((f, i) => `.import '${f}' ${tables[i]}`)];
  const started = performance.now();
  const run = spawnSync('sqlite3', [database, ...commands], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.error && 'code' in run.error && run.error.code === 'ENOENT') return null;
  if (run.status !== 0) throw new Error(`sqlite3 .import failed: ${run.stderr}`);
  const count = spawnSync('sqlite3', [database, ...tables.map((t) => `SELECT count(*) FROM ${t};`)], { encoding: 'utf8' });
  return { ms, rows: count.stdout.trim().split('\n').map(Number) };
}

/**
 * The table `.import` fills, from the file's header (the generator writes plain names), with the
 * workspace's keys: leads are unique by id, activities indexed by lead and time.
 */
function keyedTable(file: string, table: string): string {
  const start = Buffer.alloc(4096);
  const fd = fs.openSync(file, 'r');
  const read = fs.readSync(fd, start, 0, start.length, 0);
  fs.closeSync(fd);
  const header = start.toString('utf8', 0, read).split('\n')[0].split(',');
  const columns = header.map((c) => `"${c}" TEXT`).join(', ');
  return table === 'leads'
    ? `CREATE TABLE ${table} (${columns}, UNIQUE ("${header[0]}"));`
    : `CREATE TABLE ${table} (${columns}); CREATE INDEX ${table}_lead_time ON ${table} ("${header[0]}", "${header[2]}");`;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
