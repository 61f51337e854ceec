import path from 'node:path';
import { ApiError, type BadRows, type ImportTarget } from '../../../shared/api';
import { DATE_FORMAT_LABELS, type DateFormat } from '../../../shared/import/dates';
import { extrasOf } from './extras-args';
import { fieldsFor, IMPORT_KINDS, type FieldMapping, type ImportKind } from '../../../shared/import/fields';
import type { ColumnFormats } from '../../../shared/import/formats';
import { CRM_PRESETS, type CrmId } from '../../../shared/import/presets';
import { objectArg, textOf, type TextRule } from '../args';
import type { JobFile } from './job-files';

/*
 * Validators for the import channels' arguments, which arrive as unknown over IPC or HTTP. Each
 * returns the value typed or throws an ApiError saying which field is wrong and what it needs.
 */

export const DATASET_NAME: TextRule = { key: 'name', subject: 'A dataset name', max: 120, blank: 'The new dataset needs a name.' };
export const MAPPING_NAME: TextRule = { key: 'name', subject: 'A mapping name', max: 80, blank: 'A saved mapping needs a name.' };

function bad(message: string): ApiError {
  return new ApiError('api/bad-argument', message);
}

export function kindOf(arg: unknown): ImportKind {
  const { kind } = objectArg(arg);
  if (typeof kind !== 'string' || !(IMPORT_KINDS as readonly string[]).includes(kind)) {
    throw bad(`kind must be one of ${IMPORT_KINDS.map((k) => `'${k}'`).join(', ')}; got ${JSON.stringify(kind)}.`);
  }
  return kind as ImportKind;
}

/** A full path: the service reads files where the user chose them (or where the web host saved an upload). */
export function sourceOf(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '' || !path.isAbsolute(value)) {
    throw bad(`${where} must be the full path of a file, like those a file dialog gives; got ${JSON.stringify(value)}.`);
  }
  return path.resolve(value);
}

export function mappingOf(value: unknown, kind: ImportKind, where: string): FieldMapping {
  if (value === undefined) return {};
  const given = objectArg(value);
  const fields = fieldsFor(kind);
  const mapping: FieldMapping = {};
  for (const key of Object.keys(given)) {
    if (!fields.some((f) => f.key === key)) throw bad(`${where} names '${key}', which is not a field of a ${kind} file.`);
  }
  for (const { key } of fields) {
    const column = given[key];
    if (column !== undefined && column !== null && !(Number.isInteger(column) && (column as number) >= 0)) {
      throw bad(`${where}.${key} must be a column number (0 for the first column) or null; got ${JSON.stringify(column)}.`);
    }
    mapping[key] = (column as number | null | undefined) ?? null;
  }
  return mapping;
}

export function formatsOf(value: unknown, where: string): ColumnFormats {
  const { dates, decimal } = objectArg(value);
  if (decimal !== '.' && decimal !== ',') throw bad(`${where}.decimal must be '.' or ','; got ${JSON.stringify(decimal)}.`);
  const out: Record<string, DateFormat> = {};
  for (const [field, format] of Object.entries(objectArg(dates ?? {}))) {
    if (typeof format !== 'string' || !(format in DATE_FORMAT_LABELS)) {
      throw bad(`${where}.dates.${field} must be one of ${Object.keys(DATE_FORMAT_LABELS).join(', ')}; got ${JSON.stringify(format)}.`);
    }
    out[field] = format as DateFormat;
  }
  return { dates: out, decimal };
}

function crmOf(value: unknown, where: string): CrmId | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !CRM_PRESETS.some((p) => p.id === value)) {
    throw bad(`${where}.crm must be one of ${CRM_PRESETS.map((p) => p.id).join(', ')} or null; got ${JSON.stringify(value)}.`);
  }
  return value as CrmId;
}

/** The files of an import: `leads` is required, `activities` and `outcomes` optional. */
export function jobFilesOf(arg: unknown): JobFile[] {
  const given = objectArg(arg);
  const files: JobFile[] = [];
  for (const kind of IMPORT_KINDS) {
    const spec = given[kind];
    if (spec === undefined || spec === null) {
      if (kind === 'leads') throw bad('An import needs a leads file: leads must name its source, mapping and formats.');
      continue;
    }
    const s = objectArg(spec);
    const mapping = mappingOf(s.mapping ?? {}, kind, `${kind}.mapping`);
    files.push({
      kind,
      path: sourceOf(s.source, `${kind}.source`),
      mapping,
      formats: formatsOf(s.formats, `${kind}.formats`),
      crm: crmOf(s.crm, kind),
      extras: extrasOf(s.extras, kind, mapping),
    });
  }
  const paths = files.map((f) => f.path);
  if (new Set(paths).size !== paths.length) throw bad('The same file is given for two kinds of data; choose a separate file for each.');
  return files;
}

export function badRowsOf(arg: unknown): BadRows {
  const { badRows } = objectArg(arg);
  if (badRows !== 'skip' && badRows !== 'fail') throw bad(`badRows must be 'skip' or 'fail'; got ${JSON.stringify(badRows)}.`);
  return badRows;
}

/** Where the import goes; replacing needs the explicit mode, so data is never overwritten by default. */
export function targetOf(arg: unknown): ImportTarget {
  const target = objectArg(objectArg(arg).target);
  if (target.mode === 'new') return { mode: 'new', name: textOf(target, DATASET_NAME) };
  if (target.mode === 'replace') {
    if (!Number.isInteger(target.datasetId)) throw bad('target.datasetId must be the id of the dataset to replace.');
    return { mode: 'replace', datasetId: target.datasetId as number };
  }
  throw bad(`target.mode must be 'new' (with a name) or 'replace' (with a datasetId); got ${JSON.stringify(target.mode)}.`);
}

/** A saved mapping's columns: field key → column header, or null. */
export function columnsOf(arg: unknown, kind: ImportKind): Record<string, string | null> {
  const given = objectArg(objectArg(arg).columns);
  const out: Record<string, string | null> = {};
  for (const [key, header] of Object.entries(given)) {
    if (!fieldsFor(kind).some((f) => f.key === key)) throw bad(`columns names '${key}', which is not a field of a ${kind} file.`);
    if (header !== null && (typeof header !== 'string' || header.length > 500)) {
      throw bad(`columns.${key} must be a column name or null; got ${JSON.stringify(header)}.`);
    }
    out[key] = header as string | null;
  }
  return out;
}
