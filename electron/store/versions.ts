import type Database from 'better-sqlite3';
import type { DefinitionVersion } from '../../shared/api';
import type { ScoringModel } from '../../shared/model/scoring-model';
import { StoreError } from './errors';
import { readStoredModel } from './stored-model';

export type { DefinitionVersion };

export interface NewDefinitionVersion {
  datasetId: number;
  label: string;
  author: string;
  note?: string;
  model: ScoringModel;
  agreedAt: number;
}

interface VersionRow {
  id: number;
  datasetId: number;
  label: string;
  author: string;
  note: string;
  modelJson: string;
  agreedAt: number;
  createdAt: number;
}

const SELECT = `SELECT id, dataset_id AS datasetId, label, author, note, model_json AS modelJson,
  agreed_at AS agreedAt, created_at AS createdAt FROM definition_versions`;

/** Newest agreement first; among versions agreed at the same moment, the one saved last. */
export function listVersions(db: Database.Database, datasetId: number): DefinitionVersion[] {
  return db
    .prepare<[number], VersionRow>(`${SELECT} WHERE dataset_id = ? ORDER BY agreed_at DESC, id DESC`)
    .all(datasetId)
    .map(toVersion);
}

export function getVersion(db: Database.Database, id: number): DefinitionVersion | null {
  const row = db.prepare<[number], VersionRow>(`${SELECT} WHERE id = ?`).get(id);
  return row === undefined ? null : toVersion(row);
}

export function createVersion(db: Database.Database, version: NewDefinitionVersion): DefinitionVersion {
  const label = required(version.label, 'A definition version needs a label, e.g. "Q3 2026".');
  const author = required(version.author, 'A definition version needs an author.');
  if (!Number.isFinite(version.agreedAt)) {
    throw new StoreError('store/invalid-data', 'A definition version needs the date it was agreed.');
  }
  const modelJson = JSON.stringify(version.model);
  return db.transaction((): DefinitionVersion => {
    const dataset = db.prepare('SELECT 1 FROM datasets WHERE id = ?').get(version.datasetId);
    if (dataset === undefined) {
      throw new StoreError(
        'store/not-found',
        `Cannot save the definition version: dataset ${version.datasetId} no longer exists.`,
      );
    }
    const id = Number(
      db
        .prepare(
          `INSERT INTO definition_versions (dataset_id, label, author, note, model_json, agreed_at,
             created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(version.datasetId, label, author, version.note ?? '', modelJson, version.agreedAt, Date.now())
        .lastInsertRowid,
    );
    const created = getVersion(db, id);
    if (created === null) throw new Error(`definition version ${id} vanished right after insert`);
    return created;
  })();
}

/** Deletes a version and returns it, so the caller can offer to undo; null if it was not there. */
export function deleteVersion(db: Database.Database, id: number): DefinitionVersion | null {
  return db.transaction((): DefinitionVersion | null => {
    const current = getVersion(db, id);
    if (current !== null) db.prepare('DELETE FROM definition_versions WHERE id = ?').run(id);
    return current;
  })();
}

function required(text: string, message: string): string {
  const trimmed = text.trim();
  if (trimmed === '') throw new StoreError('store/invalid-data', message);
  return trimmed;
}

function toVersion(row: VersionRow): DefinitionVersion {
  return {
    id: row.id,
    datasetId: row.datasetId,
    label: row.label,
    author: row.author,
    note: row.note,
    model: readStoredModel(row.modelJson, `definition version "${row.label}"`, 'Delete the version'),
    agreedAt: row.agreedAt,
    createdAt: row.createdAt,
  };
}

