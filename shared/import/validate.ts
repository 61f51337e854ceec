import { ActivityRowValidator } from './activity-validator';
import type { ExtraColumn } from './extra-attributes';
import type { FieldMapping } from './fields';
import type { ColumnFormats } from './formats';
import { LeadRowValidator, type LeadDirectory } from './lead-validator';
import type { OutcomeIndex } from './outcome-index';
import { OutcomeRowValidator } from './outcome-validator';
import type { CrmId } from './presets';
import { ProblemLog, type ImportProblem } from './problems';
import type { ActivityRecord, LeadRecord, OutcomeRecord } from './records';
import type { RowStats } from './row-reader';

export { ActivityRowValidator } from './activity-validator';
export { LeadRowValidator, type LeadDirectory } from './lead-validator';
export { OutcomeRowValidator } from './outcome-validator';

export interface ValidateOptions {
  file: string;
  header: readonly string[];
  mapping: FieldMapping;
  formats: ColumnFormats;
  crm?: CrmId | null;
  /** Kept problems; the counts are in the log whatever the limit. */
  problemLimit?: number;
}

export interface ValidationResult<T> {
  records: T[];
  problems: ImportProblem[];
  log: ProblemLog;
  stats: RowStats;
}

/**
 * The whole-file form of the validators, for previews and tests. `rows` are the data rows
 * without the header; the first one is row 2, as a spreadsheet numbers it. Large files should
 * use the validator classes row by row instead of collecting records here.
 */
export function validateLeadRows(
  rows: Iterable<readonly string[]>,
  options: ValidateOptions & { outcomes?: OutcomeIndex; extras?: readonly ExtraColumn[] },
): ValidationResult<LeadRecord> & { leads: LeadDirectory } {
  const log = new ProblemLog(options.problemLimit);
  const validator = new LeadRowValidator({ ...options, log });
  const records = collect(rows, (cells, row) => validator.accept(cells, row));
  validator.finish();
  options.outcomes?.finish();
  return { records, problems: log.problems, log, stats: validator.stats, leads: validator };
}

export function validateActivityRows(
  rows: Iterable<readonly string[]>,
  options: ValidateOptions & { leads?: LeadDirectory },
): ValidationResult<ActivityRecord> {
  const log = new ProblemLog(options.problemLimit);
  const validator = new ActivityRowValidator({ ...options, log });
  const records = collect(rows, (cells, row) => validator.accept(cells, row));
  validator.finish();
  return { records, problems: log.problems, log, stats: validator.stats };
}

export function validateOutcomeRows(
  rows: Iterable<readonly string[]>,
  options: ValidateOptions,
): ValidationResult<OutcomeRecord> & { index: OutcomeIndex } {
  const log = new ProblemLog(options.problemLimit);
  const validator = new OutcomeRowValidator({ ...options, log });
  const records = collect(rows, (cells, row) => validator.accept(cells, row));
  return { records, problems: log.problems, log, stats: validator.stats, index: validator.index };
}

function collect<T>(rows: Iterable<readonly string[]>, accept: (cells: readonly string[], row: number) => T | null): T[] {
  const out: T[] = [];
  let row = 1;
  for (const cells of rows) {
    const record = accept(cells, ++row);
    if (record !== null) out.push(record);
  }
  return out;
}
