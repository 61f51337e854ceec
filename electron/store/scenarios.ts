import type Database from 'better-sqlite3';
import type { Scenario } from '../../shared/api';
import type { ScoringModel } from '../../shared/model/scoring-model';
import { StoreError } from './errors';
import { readStoredModel } from './stored-model';

export type { Scenario };

export interface NewScenario {
  datasetId: number;
  name: string;
  note?: string;
  model: ScoringModel;
  /** The first scenario of a dataset becomes its baseline whatever this says. */
  isBaseline?: boolean;
}

export interface ScenarioPatch {
  name?: string;
  note?: string;
  model?: ScoringModel;
}

interface ScenarioRow {
  id: number;
  datasetId: number;
  name: string;
  note: string;
  modelJson: string;
  isBaseline: number;
  createdAt: number;
  updatedAt: number;
}

const SELECT = `SELECT id, dataset_id AS datasetId, name, note, model_json AS modelJson,
  is_baseline AS isBaseline, created_at AS createdAt, updated_at AS updatedAt FROM scenarios`;

export function listScenarios(db: Database.Database, datasetId: number): Scenario[] {
  return db
    .prepare<[number], ScenarioRow>(`${SELECT} WHERE dataset_id = ? ORDER BY created_at, id`)
    .all(datasetId)
    .map(toScenario);
}

export function getScenario(db: Database.Database, id: number): Scenario | null {
  const row = db.prepare<[number], ScenarioRow>(`${SELECT} WHERE id = ?`).get(id);
  return row === undefined ? null : toScenario(row);
}

export function createScenario(db: Database.Database, scenario: NewScenario): Scenario {
  const name = checkName(scenario.name);
  const modelJson = JSON.stringify(scenario.model);
  return db.transaction((): Scenario => {
    const dataset = db.prepare('SELECT 1 FROM datasets WHERE id = ?').get(scenario.datasetId);
    if (dataset === undefined) {
      throw new StoreError(
        'store/not-found',
        `Cannot save the scenario: dataset ${scenario.datasetId} no longer exists.`,
      );
    }
    const baseline = scenario.isBaseline === true || baselineOf(db, scenario.datasetId) === null;
    if (baseline) clearBaseline(db, scenario.datasetId);
    const now = Date.now();
    const id = Number(
      db
        .prepare(
          `INSERT INTO scenarios (dataset_id, name, note, model_json, is_baseline, created_at,
             updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(scenario.datasetId, name, scenario.note ?? '', modelJson, baseline ? 1 : 0, now, now)
        .lastInsertRowid,
    );
    return mustGet(db, id);
  })();
}

export function updateScenario(db: Database.Database, id: number, patch: ScenarioPatch): Scenario {
  return db.transaction((): Scenario => {
    const current = mustGet(db, id);
    db.prepare(
      'UPDATE scenarios SET name = ?, note = ?, model_json = ?, updated_at = ? WHERE id = ?',
    ).run(
      patch.name === undefined ? current.name : checkName(patch.name),
      patch.note ?? current.note,
      JSON.stringify(patch.model ?? current.model),
      // Never earlier than creation, so "edited after saved" holds even within one millisecond.
      Math.max(Date.now(), current.createdAt),
      id,
    );
    return mustGet(db, id);
  })();
}

/**
 * Deletes a scenario; false if it was not there. When it was the baseline, the oldest remaining
 * scenario of the dataset takes over, so comparisons always have something to compare against.
 */
export function deleteScenario(db: Database.Database, id: number): boolean {
  return db.transaction((): boolean => {
    const current = getScenario(db, id);
    if (current === null) return false;
    db.prepare('DELETE FROM scenarios WHERE id = ?').run(id);
    if (current.isBaseline) {
      db.prepare(
        `UPDATE scenarios SET is_baseline = 1 WHERE id =
           (SELECT id FROM scenarios WHERE dataset_id = ? ORDER BY created_at, id LIMIT 1)`,
      ).run(current.datasetId);
    }
    return true;
  })();
}

export function setBaseline(db: Database.Database, datasetId: number, id: number): void {
  db.transaction(() => {
    const scenario = mustGet(db, id);
    if (scenario.datasetId !== datasetId) {
      throw new StoreError(
        'store/not-found',
        `Scenario "${scenario.name}" belongs to another dataset, so it cannot be this ` +
          "dataset's baseline.",
      );
    }
    // Two statements: SQLite checks the one-baseline index row by row, so switching both flags
    // in one UPDATE could trip over the old baseline before clearing it.
    clearBaseline(db, datasetId);
    db.prepare('UPDATE scenarios SET is_baseline = 1 WHERE id = ?').run(id);
  })();
}

function baselineOf(db: Database.Database, datasetId: number): number | null {
  const id = db
    .prepare<[number], number>('SELECT id FROM scenarios WHERE dataset_id = ? AND is_baseline = 1')
    .pluck()
    .get(datasetId);
  return id ?? null;
}

function clearBaseline(db: Database.Database, datasetId: number): void {
  db.prepare('UPDATE scenarios SET is_baseline = 0 WHERE dataset_id = ? AND is_baseline = 1').run(
    datasetId,
  );
}

function mustGet(db: Database.Database, id: number): Scenario {
  const scenario = getScenario(db, id);
  if (scenario === null) {
    throw new StoreError(
      'store/not-found',
      `Scenario ${id} does not exist; it may have been deleted.`,
    );
  }
  return scenario;
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new StoreError('store/invalid-data', 'A scenario needs a name.');
  return trimmed;
}

function toScenario(row: ScenarioRow): Scenario {
  return {
    id: row.id,
    datasetId: row.datasetId,
    name: row.name,
    note: row.note,
    model: readStoredModel(row.modelJson, `scenario "${row.name}"`, 'Delete the scenario'),
    isBaseline: row.isBaseline === 1,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

