import fs from 'node:fs';

/**
 * Memory of a whole app made of several processes (the web host, and Chromium's browser,
 * renderer, GPU and utility processes), as the sum of each process's proportional set size:
 * shared pages (libraries, shared memory between Chromium's processes) are split between the
 * processes sharing them instead of counted once in each, as summed RSS would. Linux only.
 */
export interface TreeMemory {
  totalMb: number;
  /** Each process's share, largest first: "name (pid) MB". */
  processes: { name: string; pid: number; mb: number }[];
}

/** The processes `roots` and all their descendants, as they are now. */
export function processTree(roots: number[]): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrNull(`/proc/${entry}/stat`);
    // The command name is in parentheses and may hold spaces; the parent pid follows the state field.
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields) parentOf.set(Number(entry), Number(fields[1]));
  }
  const tree = new Set(roots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parentOf) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

export function treeMemory(roots: number[]): TreeMemory {
  const processes: TreeMemory['processes'] = [];
  for (const pid of processTree(roots)) {
    const rollup = readOrNull(`/proc/${pid}/smaps_rollup`);
    const pss = rollup?.match(/^Pss:\s+(\d+) kB/m);
    if (!pss) continue;
    // Chromium's helper processes say what they are in a --type= switch (their command line may
    // be rewritten into one space-separated title).
    const type = (readOrNull(`/proc/${pid}/cmdline`) ?? '').replaceAll('\0', ' ').match(/--type=(\S+)/)?.[1];
    const comm = (readOrNull(`/proc/${pid}/comm`) ?? '?').trim();
    const name = type ? `${comm} ${type}` : comm;
    processes.push({ name, pid, mb: Number(pss[1]) / 1024 });
  }
  processes.sort((a, b) => b.mb - a.mb);
  return { totalMb: processes.reduce((sum, p) => sum + p.mb, 0), processes };
}

/** Samples the tree's memory every `everyMs` until stopped, keeping the highest total seen. */
export function peakSampler(roots: () => number[], everyMs = 250): { stop(): TreeMemory | null } {
  let peak: TreeMemory | null = null;
  const sample = () => {
    const now = treeMemory(roots());
    if (!peak || now.totalMb > peak.totalMb) peak = now;
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    // The process ended meanwhile.
    return null;
  }
}
