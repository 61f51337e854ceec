import fs from 'node:fs';
import Papa from 'papaparse';

/** A CSV data row with the file name and 1-based line-of-data number, for error messages. */
export interface CsvRow {
  file: string;
  /** 1 is the first row after the header. */
  row: number;
  get(column: string): string;
}

/**
 * Streams a CSV file row by row with papaparse, so large files never sit in memory whole.
 * Columns are looked up by header name; a missing required column fails before any row is read.
 */
export function readCsv(
  file: string,
  requiredColumns: readonly string[],
  onRow: (row: CsvRow) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let index: Map<string, number> | null = null;
    let rows = 0;
    let failed = false;
    const fail = (error: unknown, parser?: Papa.Parser) => {
      if (failed) return;
      failed = true;
      parser?.abort();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    Papa.parse<string[]>(fs.createReadStream(file, { encoding: 'utf8' }), {
      skipEmptyLines: true,
      step(result, parser) {
        if (failed) return;
        try {
          const cells = result.data;
          if (index === null) {
            index = new Map(cells.map((name, i) => [name.replace(/^\uFEFF/, '').trim(), i]));
            const missing = requiredColumns.filter((c) => !index?.has(c));
            if (missing.length > 0) throw new Error(`${file}: the header has no column ${missing.map((c) => `'${c}'`).join(', ')}.`);
            return;
          }
          rows++;
          const columns = index;
          onRow({ file, row: rows, get: (column) => cells[columns.get(column) ?? -1] ?? '' });
        } catch (error) {
          fail(error, parser);
        }
      },
      complete: () => {
        if (!failed) resolve(rows);
      },
      error: (error: Error) => fail(new Error(`${file}: ${error.message}`)),
    });
  });
}

/** Error for a cell that does not hold what its column needs. */
export function cellError(row: CsvRow, column: string, expected: string): Error {
  return new Error(`${row.file}, row ${row.row.toLocaleString('en-US')}, column '${column}': '${row.get(column)}' is not ${expected}.`);
}
