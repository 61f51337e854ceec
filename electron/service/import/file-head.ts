import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { ApiError } from '../../../shared/api';
import { detectDelimiter, type Delimiter } from '../../../shared/import/delimiter';
import { inspectBytes, type ByteCheck } from '../../../shared/import/file-checks';
import { chunkDecoder } from './csv-stream';

/** Enough for the delimiter, the header and a few hundred rows of any sane export. */
const HEAD_BYTES = 256 * 1024;
/** Byte checks look at the start only: a binary file shows itself in its first kilobytes. */
const CHECK_BYTES = 64 * 1024;

export interface FileHead {
  path: string;
  fileName: string;
  bytes: number;
  check: ByteCheck;
  /** Only for text files. */
  delimiter: Delimiter | null;
  /** The first records (header first), whole ones only. */
  records: string[][];
  /** Bytes read for the head, to estimate the number of rows from the file size. */
  headBytes: number;
  /** The whole file fitted in the head, so `records` is all of it. */
  complete: boolean;
}

/**
 * The start of a file as the import sees it: byte checks (empty, binary, encoding), the delimiter,
 * and the first records split by papaparse exactly as the full run will split them.
 */
export function readFileHead(source: string): FileHead {
  const fileName = path.basename(source);
  let fd: number;
  try {
    fd = fs.openSync(source, 'r');
  } catch (error) {
    throw new ApiError('import/cannot-read', `${fileName} could not be opened (${reason(error)}). Check that the file is still at ${source}.`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new ApiError('import/cannot-read', `${source} is not a file (it may be a folder).`);
    const bytes = stat.size;
    const head = Buffer.alloc(Math.min(bytes, HEAD_BYTES));
    const read = fs.readSync(fd, head, 0, head.length, 0);
    const sample = new Uint8Array(head.buffer, head.byteOffset, read);
    const check = inspectBytes(fileName, sample.subarray(0, CHECK_BYTES));
    const complete = read >= bytes;
    if (check.kind !== 'text') return { path: source, fileName, bytes, check, delimiter: null, records: [], headBytes: read, complete };
    const text = chunkDecoder(check.encoding)(sample, true);
    const delimiter = detectDelimiter(text);
    const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
    const records = parsed.data;
    // The last record may be cut off by the end of the head (or be the empty one after the
    // final newline); it is dropped unless the head is the whole file.
    if (!complete && records.length > 1) records.pop();
    if (complete && records.length > 0 && isBlank(records[records.length - 1])) records.pop();
    return { path: source, fileName, bytes, check, delimiter, records, headBytes: read, complete };
  } finally {
    fs.closeSync(fd);
  }
}

/** Data rows of the file: exact when the head holds it all, else estimated from its bytes per row. */
export function estimateRows(head: FileHead): number | null {
  const dataRows = Math.max(0, head.records.length - 1);
  if (head.complete) return dataRows;
  if (dataRows === 0) return null;
  // The record cut off at the end of the head counts as half a record.
  const bytesPerRecord = head.headBytes / (head.records.length + 0.5);
  return Math.round(head.bytes / bytesPerRecord) - 1;
}

function isBlank(record: readonly string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
