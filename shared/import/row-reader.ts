import { parseBoolean } from './booleans';
import { DATE_FORMAT_LABELS, parseDate, type DateFormat } from './dates';
import type { FieldMapping } from './fields';
import type { ColumnFormats } from './formats';
import { parseNumber, type DecimalSeparator } from './numbers';
import { cellProblem, rowProblem, type ImportProblem, type ProblemCode, type ProblemLog } from './problems';

export interface RowReaderOptions {
  /** File name as the user knows it; every problem names it. */
  file: string;
  header: readonly string[];
  mapping: FieldMapping;
  formats: ColumnFormats;
  log: ProblemLog;
}

/** Counts for the summary screen; rows are data rows, blank lines not included. */
export interface RowStats {
  rows: number;
  accepted: number;
  /** Rows with at least one error. */
  rejected: number;
  /** Rows skipped by a stated rule (a repeated lead id, an activity of an unknown lead). */
  skipped: number;
  blank: number;
}

/**
 * Where a field is read from, resolved once per file: looking the mapping up by field name for
 * every cell of a million rows is measurably slower than reading a number.
 */
export interface Cell {
  /** Column index, -1 when the field is not mapped. */
  index: number;
  /** Header of the column, as problems name it. */
  column: string;
  format: DateFormat;
}

/** Most cells are plain ASCII with nothing to trim; checking both ends is cheaper than trim(). */
function trimmed(value: string): string {
  const n = value.length;
  if (n === 0) return value;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(n - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? value : value.trim();
}

/**
 * What the lead, activity and outcome validators share: reading a field's cell as a typed value
 * with the problem it raises, and the checks every row gets. A row's problems are all reported
 * (not just the first), so one pass over the file shows everything to fix.
 */
export class RowReader {
  readonly stats: RowStats = { rows: 0, accepted: 0, rejected: 0, skipped: 0, blank: 0 };
  protected readonly file: string;
  protected readonly header: readonly string[];
  protected readonly log: ProblemLog;
  private readonly mapping: FieldMapping;
  private readonly dates: ColumnFormats['dates'];
  private readonly decimal: DecimalSeparator;
  protected cells: readonly string[] = [];
  protected row = 0;
  /** Errors found in the current row. */
  protected errors = 0;

  constructor(options: RowReaderOptions) {
    this.file = options.file;
    this.header = options.header;
    this.mapping = options.mapping;
    this.dates = options.formats.dates;
    this.decimal = options.formats.decimal;
    this.log = options.log;
  }

  protected cell(field: string): Cell {
    const index = this.mapping[field] ?? -1;
    const column = index < 0 ? field : (this.header[index] ?? `column ${index + 1}`).trim();
    return { index, column, format: this.dates[field] ?? 'iso' };
  }

  /**
   * Starts a row; false when it is blank (skipped silently, as spreadsheets leave empty lines) or
   * has more cells than the header has columns, which shifts every column after the stray
   * delimiter, so its cells are not worth reading.
   */
  protected begin(cells: readonly string[], row: number): boolean {
    this.cells = cells;
    this.row = row;
    this.errors = 0;
    let blank = true;
    for (let i = 0; i < cells.length && blank; i++) blank = trimmed(cells[i]) === '';
    if (blank) {
      this.stats.blank++;
      return false;
    }
    this.stats.rows++;
    for (let i = this.header.length; i < cells.length; i++) {
      if (trimmed(cells[i]) === '') continue;
      this.stats.rejected++;
      this.report(
        rowProblem(
          this.file,
          row,
          'error',
          'extra-cells',
          `has ${cells.length} cells but the header has ${this.header.length} columns`,
          'A value probably contains the delimiter without quotes around it. Put that value in double quotes, or export the file again.',
        ),
      );
      return false;
    }
    return true;
  }

  /** Closes a row: counts a rejected one, and returns whether it may be imported. */
  protected end(): boolean {
    if (this.errors > 0) this.stats.rejected++;
    return this.errors === 0;
  }

  protected report(problem: ImportProblem): void {
    if (problem.severity === 'error') this.errors++;
    this.log.add(problem);
  }

  /** The trimmed cell; '' when the field is unmapped or the row is short. */
  protected text(cell: Cell): string {
    if (cell.index < 0) return '';
    const value = this.cells[cell.index];
    return value === undefined ? '' : trimmed(value);
  }

  protected issue(cell: Cell, value: string, severity: 'error' | 'warning', code: ProblemCode, reason: string, hint?: string): void {
    this.report(cellProblem(this.file, this.row, cell.column, value, severity, code, reason, hint));
  }

  /** A required cell that is empty: an error naming what the row lacks. */
  protected missing(cell: Cell, what: string): void {
    this.issue(cell, '', 'error', 'missing-value', `the cell is empty, but every ${what}`, 'Fill the cell in, or skip this row.');
  }

  protected date(cell: Cell): number | null {
    const value = this.text(cell);
    if (value === '') return null;
    const time = parseDate(value, cell.format);
    if (time === null) {
      this.issue(
        cell,
        value,
        'error',
        'not-a-date',
        `'${value}' is not a date`,
        `Dates in this column are read as ${DATE_FORMAT_LABELS[cell.format]}. Correct the cell, or choose another date format for the column.`,
      );
    }
    return time;
  }

  protected number(cell: Cell): number | null {
    const value = this.text(cell);
    if (value === '') return null;
    const n = parseNumber(value, this.decimal);
    if (n === null) {
      const comma = this.decimal === ',';
      this.issue(
        cell,
        value,
        'error',
        'not-a-number',
        `'${value}' is not a number`,
        `Numbers in this file are read with a decimal ${comma ? 'comma, like 1.234,56' : 'point, like 1,234.56'}. Correct the cell, or change the decimal separator.`,
      );
    }
    return n;
  }

  protected boolean(cell: Cell): boolean | null {
    const value = this.text(cell);
    if (value === '') return null;
    const b = parseBoolean(value);
    if (b === null) {
      this.issue(
        cell,
        value,
        'error',
        'not-a-boolean',
        `'${value}' is not yes or no`,
        'Use true/false, yes/no, 1/0 or x for yes (ja/nein, oui/non, sí/no and the like work too).',
      );
    }
    return b;
  }
}
