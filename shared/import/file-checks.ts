import { autoMap } from './auto-map';
import { parseDate } from './dates';
import { missingFields, type FieldMapping, type ImportKind } from './fields';
import { normaliseEmail } from './email';
import { parseNumber } from './numbers';
import { fileProblem, type ImportProblem } from './problems';

/**
 * Encoding names as TextDecoder spells them. Decode 'windows-1252' with decodeWindows1252, not
 * TextDecoder: Node's decoder gets bytes 0x80-0x9F wrong (see windows-1252.ts).
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type ByteCheck =
  | { kind: 'text'; encoding: TextEncodingName; bom: boolean }
  | { kind: 'empty' | 'binary'; problem: ImportProblem };

const SIGNATURES: readonly [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], 'an SQLite database'],
];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function isWhitespace(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
}

/**
 * Whether bytes are valid UTF-8. A sequence cut off by the end of the sample is accepted, since
 * the sample is usually the first few kilobytes of a larger file.
 */
function isUtf8(bytes: Uint8Array, start: number): boolean {
  for (let i = start; i < bytes.length; ) {
    const b = bytes[i];
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0) return false;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= bytes.length) return true;
      if ((bytes[i + k] & 0xc0) !== 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

/** utf-16le / utf-16be when every other byte is NUL, as in UTF-16 text without a byte-order mark. */
function utf16WithoutBom(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  if (oddNul > 0.6 * half && evenNul < 0.05 * half) return 'utf-16le';
  if (evenNul > 0.6 * half && oddNul < 0.05 * half) return 'utf-16be';
  return null;
}

/**
 * What the first bytes of a file are: nothing, not text, or text in some encoding. The encoding
 * comes from a byte-order mark when there is one, else UTF-8 if the bytes are valid UTF-8 (ASCII
 * is), else Windows-1252, which is what Excel on Windows writes for "CSV (comma delimited)".
 */
export function inspectBytes(file: string, bytes: Uint8Array): ByteCheck {
  const empty = (): ByteCheck => ({
    kind: 'empty',
    problem: fileProblem(
      file,
      'error',
      'empty-file',
      `'${file}' is empty. Export the data from your CRM again and check that the export finished; ` +
        'then import the new file.',
    ),
  });
  const binary = (what: string, code: 'binary-file' | 'spreadsheet-file', fix: string): ByteCheck => ({
    kind: 'binary',
    problem: fileProblem(file, 'error', code, `'${file}' is ${what}, not a CSV text file. ${fix}`),
  });
  if (bytes.length === 0) return empty();

  let encoding: TextEncodingName | null = null;
  let start = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) [encoding, start] = ['utf-8', 3];
  else if (startsWith(bytes, [0xff, 0xfe])) [encoding, start] = ['utf-16le', 2];
  else if (startsWith(bytes, [0xfe, 0xff])) [encoding, start] = ['utf-16be', 2];
  const bom = encoding !== null;
  encoding ??= utf16WithoutBom(bytes);

  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const low = encoding === 'utf-16le' ? 0 : 1;
    let blank = true;
    for (let i = start; i + 1 < bytes.length && blank; i += 2) {
      blank = bytes[i + 1 - low] === 0 && isWhitespace(bytes[i + low]);
    }
    return blank ? empty() : { kind: 'text', encoding, bom };
  }
  if (bytes.subarray(start).every(isWhitespace)) return empty();

  if (startsWith(bytes, ZIP)) {
    return binary('an Excel workbook (.xlsx) or another zip archive', 'spreadsheet-file',
      'Open it in Excel, choose File › Save As › "CSV UTF-8 (comma delimited)", and import the saved file.');
  }
  if (startsWith(bytes, OLE)) {
    return binary('an old-style Excel workbook (.xls)', 'spreadsheet-file',
      'Open it in Excel, choose File › Save As › "CSV UTF-8 (comma delimited)", and import the saved file.');
  }
  const fix = 'Choose the CSV file exported from your CRM.';
  for (const [signature, what] of SIGNATURES) if (startsWith(bytes, signature)) return binary(what, 'binary-file', fix);
  let control = 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0) return binary('a binary file (it contains NUL bytes)', 'binary-file', fix);
    if (b < 0x20 && !isWhitespace(b) && b !== 0x0c) control++;
  }
  if (control > 0.05 * (bytes.length - start)) return binary('a binary file', 'binary-file', fix);
  return { kind: 'text', encoding: encoding ?? (isUtf8(bytes, start) ? 'utf-8' : 'windows-1252'), bom };
}

const KIND_NAMES: Record<ImportKind, string> = {
  leads: 'a leads file (one row per lead)',
  activities: 'an activities file (one row per activity: lead, type, date)',
  outcomes: 'an outcomes file (lead id or email with stages or dates)',
};

function looksLikeValue(cell: string): boolean {
  return (
    parseDate(cell, 'iso') !== null ||
    parseDate(cell, 'mdy') !== null ||
    parseDate(cell, 'dmy') !== null ||
    parseNumber(cell, '.') !== null ||
    normaliseEmail(cell) !== null
  );
}

function fits(header: readonly string[], kind: ImportKind): FieldMapping | null {
  const { mapping } = autoMap(header, kind);
  if (missingFields(mapping, kind).length > 0) return null;
  // Any file with an id column "fits" outcomes; it must also carry some outcome.
  if (kind === 'outcomes') {
    const outcome = ['lifecycleStage', 'converted', 'mqlAt', 'workedAt', 'sqlAt', 'opportunityAt', 'won'];
    if (outcome.every((k) => mapping[k] === null)) return null;
  }
  return mapping;
}

/**
 * One message when the header row cannot be the header of this kind of file: it is blank, it
 * holds values rather than names, or it names the columns of another kind of file. null when it
 * looks right; missing columns are then for the mapping screen to show.
 */
export function checkHeader(file: string, header: readonly string[], kind: ImportKind): ImportProblem | null {
  const names = header.map((h) => h.replace(/^\uFEFF/, '').trim()).filter((h) => h !== '');
  if (names.length === 0) {
    return fileProblem(file, 'error', 'no-header',
      `The first row of '${file}' is empty. It must hold the column names; remove the empty lines above them.`);
  }
  const values = names.filter(looksLikeValue);
  if (values.length >= 2 && values.length * 2 >= names.length) {
    return fileProblem(file, 'error', 'no-header',
      `The first row of '${file}' holds values such as '${values[0]}', not column names. ` +
        'Add a header row with a name for each column, or export the file again with headers.');
  }
  if (fits(header, kind)) return null;
  const other = (['activities', 'leads', 'outcomes'] as const).find((k) => k !== kind && fits(header, k));
  if (other === undefined) return null;
  return fileProblem(file, 'error', 'wrong-kind',
    `'${file}' looks like ${KIND_NAMES[other]}, not ${KIND_NAMES[kind]}. ` +
      `Import it as ${other}, or choose the ${kind} export instead.`);
}

/** The one message for a file with a header and nothing under it. */
export function checkDataRows(file: string, dataRows: number): ImportProblem | null {
  if (dataRows > 0) return null;
  return fileProblem(file, 'error', 'header-only',
    `'${file}' has column names but no data rows. Export it again with the records included ` +
      '(check the filters or the list the export was made from).');
}

/** The one message for a mapping that still lacks a required field, naming each one. */
export function checkMapping(file: string, mapping: FieldMapping, kind: ImportKind): ImportProblem | null {
  const missing = missingFields(mapping, kind);
  if (missing.length === 0) return null;
  const list = missing.map((m) => `'${m}'`).join(', ');
  return fileProblem(file, 'error', 'missing-column',
    `No column of '${file}' is mapped to ${list}, which ${kind === 'leads' ? 'a leads' : `an ${kind}`} file needs. ` +
      'Choose the column that holds it in the mapping, or export the file again with that column.');
}
