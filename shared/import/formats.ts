import { detectDateFormat, type DateFormat } from './dates';
import type { Delimiter } from './delimiter';
import { fieldsFor, type FieldMapping, type ImportKind } from './fields';
import { detectDecimal, type DecimalSeparator } from './numbers';

/** How a file writes its values: one date format per date field, one decimal separator per file. */
export interface ColumnFormats {
  /** Keyed by field key; a date field without an entry is read as year-first (ISO). */
  dates: Record<string, DateFormat>;
  decimal: DecimalSeparator;
}

export interface AmbiguousDateColumn {
  field: string;
  column: number;
  header: string;
  /** The formats that read every sample; the UI asks the user to pick one. */
  candidates: DateFormat[];
}

export interface FormatDetection {
  formats: ColumnFormats;
  /** Date columns where day-first and month-first both read every sample (all days ≤ 12). */
  ambiguousDates: AmbiguousDateColumn[];
  decimalAmbiguous: boolean;
}

export interface DetectFormatsOptions {
  /** Read ambiguous dates this way until the user says otherwise. */
  preferredDateOrder?: 'mdy' | 'dmy';
  /** Semicolon files come from European Excel, where the decimal separator is a comma. */
  delimiter?: Delimiter;
}

function column(rows: readonly (readonly string[])[], index: number): string[] {
  return rows.map((row) => row[index] ?? '');
}

/**
 * Detects the date format of each mapped date column and the file's decimal separator from a
 * sample of data rows. One export writes all its dates alike, so a column whose own samples are
 * ambiguous takes the day/month order that another date column of the file settles.
 */
export function detectFormats(
  kind: ImportKind,
  header: readonly string[],
  mapping: FieldMapping,
  sampleRows: readonly (readonly string[])[],
  options: DetectFormatsOptions = {},
): FormatDetection {
  const preferred = options.preferredDateOrder ?? (options.delimiter === ';' ? 'dmy' : 'mdy');
  const dates: Record<string, DateFormat> = {};
  const open: AmbiguousDateColumn[] = [];
  let settled: 'mdy' | 'dmy' | null = null;
  for (const field of fieldsFor(kind)) {
    const index = mapping[field.key];
    if (field.type !== 'date' || index == null) continue;
    const guess = detectDateFormat(column(sampleRows, index), preferred);
    dates[field.key] = guess.format ?? 'iso';
    if (guess.ambiguous) {
      open.push({ field: field.key, column: index, header: header[index] ?? '', candidates: guess.candidates });
    } else if (guess.format === 'mdy' || guess.format === 'dmy') {
      settled ??= guess.format;
    }
  }
  const ambiguousDates = settled === null ? open : [];
  if (settled !== null) for (const a of open) dates[a.field] = settled;

  const numberSamples = fieldsFor(kind)
    .filter((f) => f.type === 'number' && mapping[f.key] != null)
    .flatMap((f) => column(sampleRows, mapping[f.key] as number));
  const decimalGuess = detectDecimal(numberSamples);
  const undecided = decimalGuess.ambiguous || numberSamples.every((s) => !/[.,]/.test(s));
  const decimal = undecided && options.delimiter === ';' ? ',' : decimalGuess.decimal;
  return { formats: { dates, decimal }, ambiguousDates, decimalAmbiguous: decimalGuess.ambiguous };
}
