import { ApiError, type SavedExtra } from '../../../shared/api';
import { EXTRA_KINDS, type ExtraColumn, type ExtraKind } from '../../../shared/import/extra-attributes';
import type { FieldMapping, ImportKind } from '../../../shared/import/fields';

/*
 * Validators for the kept columns of an import and of a saved mapping, which arrive as unknown
 * over IPC or HTTP like every argument.
 */

function bad(message: string): ApiError {
  return new ApiError('api/bad-argument', message);
}

function kindOf(value: unknown, where: string): ExtraKind {
  if (typeof value !== 'string' || !(EXTRA_KINDS as readonly string[]).includes(value)) {
    throw bad(`${where}.kind must be one of ${EXTRA_KINDS.map((k) => `'${k}'`).join(', ')}; got ${JSON.stringify(value)}.`);
  }
  return value as ExtraKind;
}

function listOf(value: unknown, where: string): Record<string, unknown>[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v))) {
    throw bad(`${where} must be a list of kept columns, each { column, kind }.`);
  }
  return value as Record<string, unknown>[];
}

/** A leads file's kept columns: each once, none a field already takes (a column feeds one field or attribute). */
export function extrasOf(value: unknown, kind: ImportKind, mapping: FieldMapping): ExtraColumn[] {
  if (value === undefined || value === null) return [];
  const where = `${kind}.extras`;
  if (kind !== 'leads') throw bad(`Only a leads file can keep columns as attributes; ${where} must be left out.`);
  const mapped = new Set(Object.values(mapping));
  const seen = new Set<number>();
  return listOf(value, where).map((item, i) => {
    const { column } = item;
    if (!Number.isInteger(column) || (column as number) < 0) throw bad(`${where}[${i}].column must be a column number (0 for the first column); got ${JSON.stringify(column)}.`);
    const index = column as number;
    if (mapped.has(index)) throw bad(`Column ${index + 1} is mapped to a field and kept as an attribute; a column feeds one of them at most.`);
    if (seen.has(index)) throw bad(`Column ${index + 1} is kept as an attribute twice.`);
    seen.add(index);
    return { column: index, kind: kindOf(item.kind, `${where}[${i}]`) };
  });
}

/** A saved mapping's kept columns, by header. */
export function savedExtrasOf(value: unknown): SavedExtra[] {
  if (value === undefined || value === null) return [];
  return listOf(value, 'extras').map((item, i) => {
    if (typeof item.column !== 'string' || item.column.length > 500) throw bad(`extras[${i}].column must be a column name; got ${JSON.stringify(item.column)}.`);
    return { column: item.column, kind: kindOf(item.kind, `extras[${i}]`) };
  });
}
