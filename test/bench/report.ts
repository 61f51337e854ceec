/** One benchmark at one size. Peer fields are null for benches that have nothing to compare with. */
export interface BenchResult {
  name: string;
  n: number;
  medianMs: number;
  p95Ms: number;
  peer: string | null;
  peerMedianMs: number | null;
  /** Our median / the peer's median: below 1 means we are faster. */
  ratio: number | null;
  /** Our numbers equal the peer's for every model checked. */
  agree: boolean | null;
}

/** Sub-microsecond digits are noise; three significant digits keep tiny ratios readable. */
const ms = (value: number): number => Math.round(value * 1000) / 1000;
const sig = (value: number): number => Number(value.toPrecision(3));

/**
 * The line format design.md fixes for every bench, including its key order and its spacing
 * (`"key": value, ...`), so tools reading bench output can rely on it.
 */
export function jsonLine(r: BenchResult): string {
  const fields: [string, string | number | boolean | null][] = [
    ['name', r.name],
    ['n', r.n],
    ['median_ms', ms(r.medianMs)],
    ['p95_ms', ms(r.p95Ms)],
    ['peer', r.peer],
    ['peer_median_ms', r.peerMedianMs === null ? null : ms(r.peerMedianMs)],
    ['ratio', r.ratio === null ? null : sig(r.ratio)],
    ['agree', r.agree],
  ];
  return `{${fields.map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(', ')}}`;
}

const COLUMNS = ['name', 'n', 'median ms', 'p95 ms', 'peer', 'peer median ms', 'ratio', 'agree'];
const WIDTHS = [20, 11, 11, 11, 14, 16, 10, 6];

/** The readable table is printed a row at a time, so a long run shows progress as it goes. */
export function tableHeader(): string {
  const head = COLUMNS.map((c, i) => (i === 0 || i === 4 ? c.padEnd(WIDTHS[i]) : c.padStart(WIDTHS[i])));
  return `${head.join(' ')}\n${'-'.repeat(WIDTHS.reduce((a, b) => a + b + 1, -1))}`;
}

export function tableRow(r: BenchResult): string {
  const dash = '—';
  const cells = [
    r.name,
    r.n.toLocaleString('en-US'),
    ms(r.medianMs).toFixed(3),
    ms(r.p95Ms).toFixed(3),
    r.peer ?? dash,
    r.peerMedianMs === null ? dash : ms(r.peerMedianMs).toFixed(3),
    r.ratio === null ? dash : String(sig(r.ratio)),
    r.agree === null ? dash : r.agree ? 'yes' : 'NO',
  ];
  return cells.map((c, i) => (i === 0 || i === 4 ? c.padEnd(WIDTHS[i]) : c.padStart(WIDTHS[i]))).join(' ');
}
