/**
 * Writes the bundled sample as a CRM export would look: leads.csv and activities.csv.
 *
 *   npx tsx scripts/generate-sample.ts [--out DIR] [--leads N] [--seed S] [--force]
 *
 * Runs on every build, so it does nothing when the files on disk already match the options and
 * the generator version (checked through manifest.json and the files' hashes).
 */
import { createHash } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
  type WriteStream,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  GENERATOR_VERSION,
  SAMPLE_COLUMNS,
  SAMPLE_DEFAULTS,
  generateSample,
  type SampleLead,
  type SampleOptions,
} from '../shared/sample/generate';

const FILES = ['leads.csv', 'activities.csv'] as const;
type FileName = (typeof FILES)[number];

interface Manifest {
  seed: number;
  leads: number;
  start: string;
  end: string;
  generatorVersion: number;
  /** Hash of the generator's source, so an edit regenerates even if nobody bumps the version. */
  sourceHash: string;
  sha256: Record<FileName, string>;
}

interface Args {
  out: string;
  options: SampleOptions;
  force: boolean;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The files whose content decides the sample: the generator and the model that defines MQLs. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const sampleDir = join(repoRoot, 'shared', 'sample');
  const files = [
    ...readdirSync(sampleDir)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => join(sampleDir, f)),
    ...['catalog.ts', 'scoring-model.ts', 'default-model.ts'].map((f) => join(repoRoot, 'shared', 'model', f)),
  ];
  // Line endings are normalised so a Windows checkout does not look like an edit.
  for (const file of files) hash.update(readFileSync(file, 'utf8').replace(/\r\n/g, '\n'));
  return hash.digest('hex');
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { out: join(repoRoot, 'resources', 'sample'), options: { ...SAMPLE_DEFAULTS }, force: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const integer = (): number => {
      const n = Number(value());
      if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${flag} needs a non-negative integer`);
      return n;
    };
    if (flag === '--out') args.out = resolve(value());
    else if (flag === '--leads') args.options.leads = integer();
    else if (flag === '--seed') args.options.seed = integer();
    else if (flag === '--force') args.force = true;
    else throw new Error(`Unknown argument ${flag}. Usage: generate-sample [--out DIR] [--leads N] [--seed S] [--force]`);
  }
  return args;
}

const DAY = 86_400_000;
const dayPrefixes = new Map<number, string>();
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * '2025-03-14T09:21:00Z'. The date part is cached per day: a benchmark-sized export formats a
 * hundred million timestamps, and Date#toISOString for each is most of the run time.
 */
function isoSeconds(ms: number | null): string {
  if (ms === null) return '';
  const day = Math.floor(ms / DAY);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  const seconds = Math.floor((ms - day * DAY) / 1000);
  return `${prefix}${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}Z`;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function leadRow(lead: SampleLead): string {
  const f = lead.fit;
  return [
    lead.id,
    lead.email,
    lead.company,
    isoSeconds(lead.createdAt),
    lead.channel,
    lead.campaign,
    f.industry,
    f.companySize,
    f.country,
    f.jobRole,
    f.seniority,
    f.emailDomainType,
    f.accountTier,
    lead.employees === null ? '' : String(lead.employees),
    lead.existingCustomer === null ? '' : lead.existingCustomer ? 'Yes' : 'No',
    isoSeconds(lead.mqlAt),
    isoSeconds(lead.workedAt),
    isoSeconds(lead.sqlAt),
    isoSeconds(lead.opportunityAt),
    lead.won ? 'true' : 'false',
    lead.dealValue === null ? '' : String(lead.dealValue),
  ]
    .map(csvField)
    .join(',');
}

const CHUNK_BYTES = 1 << 20;

/**
 * A write stream fed in 1 MB chunks, hashing as it goes. Rows are encoded straight into a
 * reusable buffer, which keeps garbage (and so GC time) low when writing a hundred million rows,
 * and waiting for 'drain' keeps memory flat when the disk is slower than the generator.
 */
class ChunkedWriter {
  private readonly stream: WriteStream;
  private readonly hash = createHash('sha256');
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private readonly ready: Buffer[] = [];

  constructor(path: string) {
    this.stream = createWriteStream(path);
  }

  /** Synchronous, so each row does not cost a promise; flushIfFull does the waiting. */
  line(text: string): void {
    // A UTF-8 character takes at most three bytes per UTF-16 unit.
    const worst = text.length * 3 + 1;
    if (this.used + worst > this.buffer.length) {
      this.ready.push(this.buffer.subarray(0, this.used));
      this.buffer = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, worst));
      this.used = 0;
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
    this.buffer[this.used++] = 0x0a;
  }

  async flushIfFull(): Promise<void> {
    while (this.ready.length > 0) await this.write(this.ready.shift()!);
  }

  private async write(chunk: Buffer): Promise<void> {
    if (chunk.length === 0) return;
    this.hash.update(chunk);
    if (!this.stream.write(chunk)) await new Promise<void>((done) => this.stream.once('drain', done));
  }

  async close(): Promise<string> {
    await this.flushIfFull();
    await this.write(this.buffer.subarray(0, this.used));
    await new Promise<void>((done, fail) => {
      this.stream.once('error', fail);
      this.stream.end(done);
    });
    return this.hash.digest('hex');
  }
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function upToDate(out: string, options: SampleOptions): Promise<boolean> {
  const manifestPath = join(out, 'manifest.json');
  if (!existsSync(manifestPath) || FILES.some((f) => !existsSync(join(out, f)))) return false;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  } catch {
    return false;
  }
  const same =
    manifest.seed === options.seed &&
    manifest.leads === options.leads &&
    manifest.start === options.start &&
    manifest.end === options.end &&
    manifest.generatorVersion === GENERATOR_VERSION &&
    manifest.sourceHash === sourceHash();
  if (!same) return false;
  // Hashing 20 MB takes a blink and catches files edited or truncated by hand.
  for (const file of FILES) if ((await sha256File(join(out, file))) !== manifest.sha256?.[file]) return false;
  return true;
}

interface Tally {
  leads: number;
  activities: number;
  mql: number;
  worked: number;
  workedMql: number;
  sqlFromMql: number;
  sql: number;
  opportunities: number;
  won: number;
  byChannel: Map<string, { leads: number; mql: number; workedMql: number; sql: number }>;
}

async function write(out: string, options: SampleOptions): Promise<{ tally: Tally; sha256: Record<FileName, string> }> {
  mkdirSync(out, { recursive: true });
  // Write beside the targets and rename at the end, so an interrupted run never leaves a
  // half-written file that looks complete.
  const leads = new ChunkedWriter(join(out, 'leads.csv.tmp'));
  const activities = new ChunkedWriter(join(out, 'activities.csv.tmp'));
  leads.line(SAMPLE_COLUMNS.leads.map(csvField).join(','));
  activities.line(SAMPLE_COLUMNS.activities.map(csvField).join(','));
  const tally: Tally = {
    leads: 0, activities: 0, mql: 0, worked: 0, workedMql: 0, sqlFromMql: 0, sql: 0, opportunities: 0, won: 0,
    byChannel: new Map(),
  };
  for (const lead of generateSample(options)) {
    leads.line(leadRow(lead));
    for (const a of lead.activities) activities.line(`${lead.id},${a.type},${isoSeconds(a.at)}`);
    count(tally, lead);
    await leads.flushIfFull();
    await activities.flushIfFull();
  }
  const sha256 = { 'leads.csv': await leads.close(), 'activities.csv': await activities.close() };
  for (const file of FILES) renameSync(join(out, `${file}.tmp`), join(out, file));
  const manifest: Manifest = { ...options, generatorVersion: GENERATOR_VERSION, sourceHash: sourceHash(), sha256 };
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return { tally, sha256 };
}

function count(t: Tally, lead: SampleLead): void {
  t.leads++;
  t.activities += lead.activities.length;
  const mql = lead.mqlAt !== null;
  const workedMql = mql && lead.workedAt !== null;
  if (mql) t.mql++;
  if (lead.workedAt !== null) t.worked++;
  if (workedMql) t.workedMql++;
  if (workedMql && lead.sqlAt !== null) t.sqlFromMql++;
  if (lead.sqlAt !== null) t.sql++;
  if (lead.opportunityAt !== null) t.opportunities++;
  if (lead.won) t.won++;
  let c = t.byChannel.get(lead.channel);
  if (!c) t.byChannel.set(lead.channel, (c = { leads: 0, mql: 0, workedMql: 0, sql: 0 }));
  c.leads++;
  if (mql) c.mql++;
  if (workedMql) c.workedMql++;
  if (workedMql && lead.sqlAt !== null) c.sql++;
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
}

function report(t: Tally): void {
  console.log(`  leads ${t.leads}, activities ${t.activities} (${(t.activities / Math.max(t.leads, 1)).toFixed(1)} per lead)`);
  console.log(`  old-definition MQLs ${t.mql} (${pct(t.mql, t.leads)} of leads); worked ${t.worked} (${pct(t.worked, t.leads)})`);
  console.log(`  MQL→SQL among worked MQLs ${pct(t.sqlFromMql, t.workedMql)}; SQLs ${t.sql}, opportunities ${t.opportunities}, won ${t.won}`);
  for (const [name, c] of [...t.byChannel].sort((a, b) => b[1].leads - a[1].leads)) {
    console.log(`    ${name.padEnd(15)} leads ${String(c.leads).padStart(8)}  MQL ${pct(c.mql, c.leads).padStart(7)}  MQL→SQL ${pct(c.sql, c.workedMql).padStart(7)}`);
  }
}

async function main(): Promise<void> {
  const { out, options, force } = parseArgs(process.argv.slice(2));
  if (!force && (await upToDate(out, options))) {
    console.log(`Sample in ${out} is up to date (seed ${options.seed}, ${options.leads} leads).`);
    return;
  }
  const started = performance.now();
  const { tally, sha256 } = await write(out, options);
  console.log(`Wrote sample to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  report(tally);
  for (const file of FILES) console.log(`  sha256 ${file} ${sha256[file]}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
