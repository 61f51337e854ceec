import type Database from 'better-sqlite3';
import type { SavedMapping } from '../../../shared/api';
import type { ImportKind } from '../../../shared/import/fields';
import { getSetting, setSetting } from '../../store';
import { importMappingsKey } from '../handlers/settings-keys';

/** At most this many per kind; the oldest go first, so the list stays one a person can scan. */
const MAX_SAVED = 50;

/**
 * Mappings saved for reuse, kept in the settings table as one JSON list per kind of file. They
 * map fields to column names, not positions, so next month's export of the same report fits
 * even if a column moved.
 */
export function listMappings(db: Database.Database, kind: ImportKind): SavedMapping[] {
  const text = getSetting(db, importMappingsKey(kind));
  if (text === null) return [];
  try {
    const list: unknown = JSON.parse(text);
    return Array.isArray(list) ? (list as SavedMapping[]).filter((m) => typeof m?.name === 'string' && m.kind === kind) : [];
  } catch {
    // A list damaged outside MQL Lab is dropped rather than blocking every import.
    return [];
  }
}

/** Saves a mapping under its name, replacing one of the same name; returns the list, newest first. */
export function saveMapping(db: Database.Database, mapping: SavedMapping): SavedMapping[] {
  const others = listMappings(db, mapping.kind).filter((m) => m.name.toLowerCase() !== mapping.name.toLowerCase());
  const list = [mapping, ...others].slice(0, MAX_SAVED);
  setSetting(db, importMappingsKey(mapping.kind), JSON.stringify(list));
  return list;
}
