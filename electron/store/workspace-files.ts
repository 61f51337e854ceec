import fs from 'node:fs';
import path from 'node:path';

/** Files SQLite may keep beside a database: the WAL, its shared-memory index, a rollback journal. */
const SIDECARS = ['-wal', '-shm', '-journal'] as const;

function withSidecars(file: string): string[] {
  return [file, ...SIDECARS.map((suffix) => file + suffix)];
}

/**
 * True when `candidate` is the database `workspace` or one of its sidecars, however it is spelt:
 * a symlink, or other letter case on macOS and Windows, still names the same file.
 */
export function isWorkspaceFile(candidate: string, workspace: string): boolean {
  const resolved = path.resolve(candidate);
  const own = withSidecars(path.resolve(workspace));
  return own.includes(resolved) || own.some((file) => sameFile(resolved, file));
}

function sameFile(a: string, b: string): boolean {
  try {
    // bigint, since Windows file ids do not fit a double and would compare equal by rounding.
    const x = fs.statSync(a, { bigint: true });
    const y = fs.statSync(b, { bigint: true });
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** `${file}.${tag}${ext}`, or with -2, -3, … added, so that neither it nor its sidecars exist. */
export function freeName(file: string, tag: string, ext: string): string {
  let name = `${file}.${tag}${ext}`;
  for (let n = 2; withSidecars(name).some((f) => fs.existsSync(f)); n++) name = `${file}.${tag}-${n}${ext}`;
  return name;
}

/** Deletes a database and whichever sidecars it has. */
export function removeWorkspaceFiles(file: string): void {
  for (const f of withSidecars(file)) fs.rmSync(f, { force: true });
}

/**
 * Renames a database together with its sidecars, so a WAL never ends up beside a database it does
 * not belong to (SQLite would replay it into the wrong file). On failure, whatever had been moved
 * is moved back before the error is thrown.
 */
export function moveWorkspaceFiles(from: string, to: string): void {
  const moved: Array<[string, string]> = [];
  try {
    for (const suffix of ['', ...SIDECARS]) {
      if (!fs.existsSync(from + suffix)) continue;
      fs.renameSync(from + suffix, to + suffix);
      moved.push([from + suffix, to + suffix]);
    }
  } catch (error) {
    for (const [source, target] of moved.reverse()) fs.renameSync(target, source);
    throw error;
  }
}

export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
