import type { ImportInspection } from '../../../shared/api';
import { IMPORT_KINDS, type FieldMapping, type ImportKind } from '../../../shared/import/fields';
import { headerKey } from '../../../shared/import/presets';

/**
 * What a file probably holds, from its name, for the first guess only (the user can change it,
 * and the service's header check corrects it): a leads file first, else the first kind not taken.
 */
export function guessKind(name: string, taken: readonly ImportKind[]): ImportKind {
  const lower = name.toLowerCase();
  const byName: ImportKind | null = /activit|event|engagement|touch/.test(lower) ? 'activities' : /outcome|status|stage|deal/.test(lower) ? 'outcomes' : null;
  if (byName && !taken.includes(byName)) return byName;
  return (['leads', 'activities', 'outcomes'] as const).find((k) => !taken.includes(k)) ?? 'leads';
}

/** The kind the service says a wrong-kind file looks like ("… Import it as activities, …"). */
export function suggestedKind(inspection: ImportInspection): ImportKind | null {
  const problem = inspection.problems.find((p) => p.code === 'wrong-kind');
  const match = problem ? /Import it as (\w+)/.exec(problem.message) : null;
  const kind = match?.[1] as ImportKind | undefined;
  return kind && IMPORT_KINDS.includes(kind) ? kind : null;
}

/** A mapping by column name, for saving: next month's export may have its columns in another order. */
export function columnsByName(mapping: FieldMapping, header: readonly string[]): Record<string, string | null> {
  return Object.fromEntries(Object.entries(mapping).map(([field, column]) => [field, column === null ? null : (header[column] ?? null)]));
}

/**
 * A saved mapping applied to this file's header. Names are compared as the auto-mapper compares
 * them (case and surrounding space ignored); a saved column this file lacks leaves the field
 * as it was, so loading never loses a mapping that fits.
 */
export function mappingFromNames(columns: Record<string, string | null>, header: readonly string[], current: FieldMapping): FieldMapping {
  const index = new Map(header.map((h, i) => [headerKey(h), i]));
  const out: FieldMapping = { ...current };
  for (const [field, name] of Object.entries(columns)) {
    if (name === null) out[field] = null;
    else if (index.has(headerKey(name))) out[field] = index.get(headerKey(name)) ?? null;
  }
  return out;
}
