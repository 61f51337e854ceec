import type { SavedExtra } from '../../../shared/api';
import type { ExtraColumn } from '../../../shared/import/extra-attributes';
import type { FieldMapping } from '../../../shared/import/fields';
import { headerKey } from '../../../shared/import/presets';

/** Kept columns by header, for saving with a mapping: next month's export may order its columns differently. */
export function extrasByName(extras: readonly ExtraColumn[], header: readonly string[]): SavedExtra[] {
  return extras.flatMap(({ column, kind }) => (header[column] === undefined ? [] : [{ column: header[column], kind }]));
}

/**
 * Saved kept columns applied to this file's header, compared as the auto-mapper compares names.
 * A saved column the file lacks, or one a field now takes, is left out; the file's other kept
 * columns stay, so loading never loses a choice that still fits.
 */
export function extrasFromNames(saved: readonly SavedExtra[], header: readonly string[], mapping: FieldMapping, current: readonly ExtraColumn[]): ExtraColumn[] {
  const index = new Map(header.map((h, i) => [headerKey(h), i]));
  const mapped = new Set(Object.values(mapping));
  const byColumn = new Map(current.filter((e) => !mapped.has(e.column)).map((e) => [e.column, e]));
  for (const { column, kind } of saved) {
    const i = index.get(headerKey(column));
    if (i !== undefined && !mapped.has(i)) byColumn.set(i, { column: i, kind });
  }
  return [...byColumn.values()].sort((a, b) => a.column - b.column);
}
