import { formatCount } from './text';

export type ProblemSeverity = 'error' | 'warning';

/** Machine-readable kind of problem, for grouping and counting in the UI; the message is for people. */
export type ProblemCode =
  | 'empty-file'
  | 'binary-file'
  | 'spreadsheet-file'
  | 'no-header'
  | 'header-only'
  | 'wrong-kind'
  | 'missing-column'
  | 'extra-cells'
  | 'unclosed-quote'
  | 'missing-value'
  | 'not-a-date'
  | 'not-a-number'
  | 'not-a-boolean'
  | 'too-many-values'
  | 'unknown-stage'
  | 'bad-email'
  | 'duplicate-id'
  | 'duplicate-email'
  | 'unknown-lead'
  | 'unmatched-outcome'
  | 'inferred-outcome';

/**
 * One rejected or doubtful row (or a whole file). An error means the row cannot be imported as it
 * is (the user fixes the file or skips such rows); a warning means the row was handled by a stated
 * rule (kept, or skipped as a duplicate) and the user should know.
 *
 * Row numbers are the ones a spreadsheet shows: the header is row 1, the first data row is row 2,
 * and a quoted cell spanning several lines still counts as one row.
 */
export interface ImportProblem {
  file: string;
  row: number | null;
  column: string | null;
  value: string | null;
  severity: ProblemSeverity;
  code: ProblemCode;
  /** "row 1,204, column 'Create Date': '31/02/2025' is not a date" — row and column first, then the reason. */
  message: string;
  /** How to fix it, when the message alone does not say. */
  hint?: string;
}

export function cellProblem(
  file: string,
  row: number,
  column: string,
  value: string,
  severity: ProblemSeverity,
  code: ProblemCode,
  reason: string,
  hint?: string,
): ImportProblem {
  const message = `row ${formatCount(row)}, column '${column}': ${reason}`;
  return { file, row, column, value, severity, code, message, ...(hint ? { hint } : {}) };
}

export function rowProblem(
  file: string,
  row: number,
  severity: ProblemSeverity,
  code: ProblemCode,
  reason: string,
  hint?: string,
): ImportProblem {
  const message = `row ${formatCount(row)}: ${reason}`;
  return { file, row, column: null, value: null, severity, code, message, ...(hint ? { hint } : {}) };
}

/** A problem with the whole file (or a whole column); the message names the file itself. */
export function fileProblem(
  file: string,
  severity: ProblemSeverity,
  code: ProblemCode,
  message: string,
  column: string | null = null,
): ImportProblem {
  return { file, row: null, column, value: null, severity, code, message };
}

/** The problem as one line for a log or a plain-text report: "leads.csv, row 3, column …". */
export function describeProblem(problem: ImportProblem): string {
  return problem.row === null ? problem.message : `${problem.file}, ${problem.message}`;
}

/**
 * Collects problems and counts them. Only the first `limit` are kept, so a million-row file with
 * a wrong date format reports every count but holds a readable list rather than a million objects.
 */
export class ProblemLog {
  readonly problems: ImportProblem[] = [];
  errors = 0;
  warnings = 0;
  /** Problems counted but not kept because the limit was reached. */
  dropped = 0;
  readonly byCode = new Map<ProblemCode, number>();

  constructor(readonly limit = 1000) {}

  add(problem: ImportProblem): void {
    if (problem.severity === 'error') this.errors++;
    else this.warnings++;
    this.byCode.set(problem.code, (this.byCode.get(problem.code) ?? 0) + 1);
    if (this.problems.length < this.limit) this.problems.push(problem);
    else this.dropped++;
  }
}
