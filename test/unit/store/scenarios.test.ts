import { describe, expect, it } from 'vitest';
import {
  createScenario,
  deleteScenario,
  getScenario,
  getSetting,
  insertDataset,
  listScenarios,
  setBaseline,
  setSetting,
  updateScenario,
  type Scenario,
} from '../../../electron/store/index';
import type Database from 'better-sqlite3';
import { MODEL, lead, useTempStores } from './helpers';

const { openTemp } = useTempStores();

function newDataset(db: Database.Database, name = 'Leads'): number {
  return insertDataset(db, { name, source: 'leads.csv' }, [lead('A')], []);
}

function baselines(scenarios: Scenario[]): string[] {
  return scenarios.filter((s) => s.isBaseline).map((s) => s.name);
}

describe('scenarios', () => {
  it('creates, reads, updates and deletes a scenario', () => {
    const db = openTemp();
    const datasetId = newDataset(db);
    const created = createScenario(db, {
      datasetId,
      name: '  Current definition ',
      note: 'as in CRM',
      model: MODEL,
      isBaseline: false,
    });
    expect(created).toMatchObject({
      datasetId,
      name: 'Current definition',
      note: 'as in CRM',
      model: MODEL,
      isBaseline: true,
    });
    expect(created.createdAt).toBe(created.updatedAt);
    expect(getScenario(db, created.id)).toEqual(created);

    const stricter = { ...MODEL, threshold: 70 };
    const updated = updateScenario(db, created.id, { model: stricter, note: 'raised threshold' });
    expect(updated).toMatchObject({
      name: 'Current definition',
      note: 'raised threshold',
      model: stricter,
    });
    expect(updated.updatedAt).toBeGreaterThanOrEqual(created.updatedAt);
    expect(updateScenario(db, created.id, { name: 'Stricter' }).model).toEqual(stricter);

    expect(deleteScenario(db, created.id)).toBe(true);
    expect(getScenario(db, created.id)).toBeNull();
    expect(deleteScenario(db, created.id)).toBe(false);
    expect(() => updateScenario(db, created.id, { name: 'x' })).toThrowError(
      expect.objectContaining({ code: 'store/not-found' }),
    );
  });

  it('refuses a blank name and a missing dataset', () => {
    const db = openTemp();
    const datasetId = newDataset(db);
    expect(() => createScenario(db, { datasetId, name: '   ', model: MODEL })).toThrowError(
      expect.objectContaining({ code: 'store/invalid-data' }),
    );
    expect(() => createScenario(db, { datasetId: 999, name: 'Orphan', model: MODEL })).toThrowError(
      expect.objectContaining({ code: 'store/not-found' }),
    );
  });

  it('keeps exactly one baseline per dataset', () => {
    const db = openTemp();
    const datasetId = newDataset(db);
    const other = newDataset(db, 'Other leads');

    const a = createScenario(db, { datasetId, name: 'A', model: MODEL });
    expect(a.isBaseline).toBe(true);
    const b = createScenario(db, { datasetId, name: 'B', model: MODEL });
    const c = createScenario(db, { datasetId, name: 'C', model: MODEL, isBaseline: true });
    createScenario(db, { datasetId: other, name: 'X', model: MODEL });
    expect(baselines(listScenarios(db, datasetId))).toEqual(['C']);
    expect(baselines(listScenarios(db, other))).toEqual(['X']);

    setBaseline(db, datasetId, b.id);
    expect(baselines(listScenarios(db, datasetId))).toEqual(['B']);
    expect(baselines(listScenarios(db, other))).toEqual(['X']);

    expect(() => setBaseline(db, other, b.id)).toThrowError(
      expect.objectContaining({ code: 'store/not-found' }),
    );
    expect(baselines(listScenarios(db, datasetId))).toEqual(['B']);

    deleteScenario(db, b.id);
    expect(baselines(listScenarios(db, datasetId))).toEqual(['A']);
    deleteScenario(db, a.id);
    expect(baselines(listScenarios(db, datasetId))).toEqual(['C']);
    expect(listScenarios(db, datasetId).map((s) => s.id)).toEqual([c.id]);
  });

  it('lets the database itself refuse a second baseline', () => {
    const db = openTemp();
    const datasetId = newDataset(db);
    const a = createScenario(db, { datasetId, name: 'A', model: MODEL });
    createScenario(db, { datasetId, name: 'B', model: MODEL });
    expect(() =>
      db.prepare('UPDATE scenarios SET is_baseline = 1 WHERE id != ?').run(a.id),
    ).toThrow(/UNIQUE/);
  });

  it('reports a damaged model instead of returning it', () => {
    const db = openTemp();
    const datasetId = newDataset(db);
    const s = createScenario(db, { datasetId, name: 'Edited outside', model: MODEL });
    db.prepare("UPDATE scenarios SET model_json = '{\"version\": 1' WHERE id = ?").run(s.id);
    expect(() => getScenario(db, s.id)).toThrow(/"Edited outside" is damaged/);
  });
});

describe('settings', () => {
  it('returns null for a missing key and overwrites on set', () => {
    const db = openTemp();
    expect(getSetting(db, 'lastDataset')).toBeNull();
    setSetting(db, 'lastDataset', '3');
    setSetting(db, 'lastDataset', '4');
    expect(getSetting(db, 'lastDataset')).toBe('4');
  });
});
