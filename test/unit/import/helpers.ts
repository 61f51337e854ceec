import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { autoMap } from '../../../shared/import/auto-map';
import { detectDelimiter, type Delimiter } from '../../../shared/import/delimiter';
import type { ImportKind } from '../../../shared/import/fields';
import { detectFormats, type ColumnFormats } from '../../../shared/import/formats';
import { inspectBytes, type TextEncodingName } from '../../../shared/import/file-checks';
import { decodeWindows1252 } from '../../../shared/import/windows-1252';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/import');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
}

export interface LoadedCsv {
  encoding: TextEncodingName;
  delimiter: Delimiter;
  header: string[];
  /** Data rows; rows[0] is spreadsheet row 2. */
  rows: string[][];
}

/**
 * Reads a fixture the way the Node side will: byte check, decoding with the detected encoding
 * (TextDecoder drops the BOM; Windows-1252 is decoded by our own table), delimiter detection, papaparse without skipping empty lines so row numbers
 * stay those of the spreadsheet.
 */
export function loadCsv(name: string): LoadedCsv {
  const bytes = fixtureBytes(name);
  const check = inspectBytes(name, bytes);
  if (check.kind !== 'text') throw new Error(check.problem.message);
  const text =
    check.encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(check.encoding).decode(bytes);
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const data = parsed.data;
  // The newline that ends the last record makes papaparse report one more, empty, row.
  if (data.length > 0 && data[data.length - 1].length === 1 && data[data.length - 1][0] === '') data.pop();
  return { encoding: check.encoding, delimiter, header: data[0] ?? [], rows: data.slice(1) };
}

/** Reads a fixture as the wiring will: auto-mapping and detected formats, nothing set by hand. */
export function prepare(file: string, kind: ImportKind = 'leads', formats?: Partial<ColumnFormats>) {
  const csv = loadCsv(file);
  const auto = autoMap(csv.header, kind, { samples: csv.rows });
  const detected = detectFormats(kind, csv.header, auto.mapping, csv.rows, { delimiter: csv.delimiter });
  return {
    ...csv,
    auto,
    detected,
    options: { file, header: csv.header, mapping: auto.mapping, formats: { ...detected.formats, ...formats }, crm: auto.crm },
  };
}
