import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  createScenario,
  createVersion,
  deleteDataset,
  deleteVersion,
  getSetting,
  getVersion,
  insertDataset,
  listDatasets,
  listScenarios,
  listVersions,
  openStore,
  setSetting,
} from '../../../electron/store/index';
import { MODEL, lead, useTempStores } from './helpers';

const { tempDir, openTemp, track } = useTempStores();

const Q2 = Date.UTC(2026, 3, 1);
const Q3 = Date.UTC(2026, 6, 1);

function newDataset(db: Database.Database, name = 'Leads'): number {
  return insertDataset(db, { name, source: 'leads.csv' }, [lead('A'), lead('B')], []);
}

describe('migration 002: definition versions', () => {
  it('upgrades a version 1 workspace, keeping its data and a copy of it as it was', () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    const v1 = openStore(file, { migrations: MIGRATIONS.slice(0, 1) });
    const datasetId = newDataset(v1);
    createScenario(v1, { datasetId, name: 'Current', model: MODEL });
    setSetting(v1, 'active-dataset', String(datasetId));
    v1.close();

    const db = track(openStore(file, { migrations: MIGRATIONS.slice(0, 2) }));
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(listDatasets(db)).toEqual([expect.objectContaining({ id: datasetId, name: 'Leads', leads: 2 })]);
    expect(listScenarios(db, datasetId).map((s) => s.name)).toEqual(['Current']);
    expect(getSetting(db, 'active-dataset')).toBe(String(datasetId));
    expect(listVersions(db, datasetId)).toEqual([]);
    createVersion(db, { datasetId, label: 'Q3 2026', author: 'Dana', model: MODEL, agreedAt: Q3 });

    const before = new Database(`${file}.before-v2.bak`, { readonly: true });
    expect(before.pragma('user_version', { simple: true })).toBe(1);
    expect(before.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'definition_versions'").pluck().get()).toBe(0);
    before.close();
  });
});

describe('definition versions', () => {
  it('creates, lists newest agreed first, reads and deletes', () => {
    const db = openTemp();
    const datasetId = newDataset(db);
    const q2 = createVersion(db, { datasetId, label: ' Q2 2026 ', author: ' Dana ', note: 'first', model: MODEL, agreedAt: Q2 });
    expect(q2).toMatchObject({ datasetId, label: 'Q2 2026', author: 'Dana', note: 'first', model: MODEL, agreedAt: Q2 });
    expect(q2.createdAt).toBeGreaterThan(0);
    const stricter = { ...MODEL, threshold: 70 };
    const q3 = createVersion(db, { datasetId, label: 'Q3 2026', author: 'Sam', model: stricter, agreedAt: Q3 });
    expect(q3.note).toBe('');
    // Agreed at the same moment as Q3 but saved later: listed before it.
    const q3b = createVersion(db, { datasetId, label: 'Q3 2026 (rev.)', author: 'Sam', model: stricter, agreedAt: Q3 });

    expect(listVersions(db, datasetId).map((v) => v.label)).toEqual(['Q3 2026 (rev.)', 'Q3 2026', 'Q2 2026']);
    expect(getVersion(db, q3.id)).toEqual(q3);

    expect(deleteVersion(db, q3.id)).toEqual(q3);
    expect(deleteVersion(db, q3.id)).toBeNull();
    expect(getVersion(db, q3.id)).toBeNull();
    expect(listVersions(db, datasetId).map((v) => v.id)).toEqual([q3b.id, q2.id]);
  });

  it('keeps each dataset’s versions apart and deletes them with their dataset', () => {
    const db = openTemp();
    const a = newDataset(db, 'A');
    const b = newDataset(db, 'B');
    createVersion(db, { datasetId: a, label: 'Q2', author: 'Dana', model: MODEL, agreedAt: Q2 });
    createVersion(db, { datasetId: a, label: 'Q3', author: 'Dana', model: MODEL, agreedAt: Q3 });
    const kept = createVersion(db, { datasetId: b, label: 'Q3', author: 'Sam', model: MODEL, agreedAt: Q3 });
    expect(listVersions(db, a)).toHaveLength(2);

    expect(deleteDataset(db, a)).toBe(true);
    expect(listVersions(db, a)).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM definition_versions').pluck().get()).toBe(1);
    expect(listVersions(db, b)).toEqual([kept]);
  });

  it('refuses a blank label or author and a missing dataset', () => {
    const db = openTemp();
    const datasetId = newDataset(db);
    const base = { datasetId, label: 'Q3', author: 'Dana', model: MODEL, agreedAt: Q3 };
    expect(() => createVersion(db, { ...base, label: '  ' })).toThrowError(expect.objectContaining({ code: 'store/invalid-data' }));
    expect(() => createVersion(db, { ...base, author: '' })).toThrowError(expect.objectContaining({ code: 'store/invalid-data' }));
    expect(() => createVersion(db, { ...base, agreedAt: Number.NaN })).toThrowError(expect.objectContaining({ code: 'store/invalid-data' }));
    expect(() => createVersion(db, { ...base, datasetId: 999 })).toThrowError(
      expect.objectContaining({ code: 'store/not-found', message: 'Cannot save the definition version: dataset 999 no longer exists.' }),
    );
    expect(listVersions(db, datasetId)).toEqual([]);
  });

  it('reports a damaged model instead of returning it', () => {
    const db = openTemp();
    const datasetId = newDataset(db);
    const v = createVersion(db, { datasetId, label: 'Edited outside', author: 'Dana', model: MODEL, agreedAt: Q3 });
    db.prepare("UPDATE definition_versions SET model_json = '{\"version\": 9}' WHERE id = ?").run(v.id);
    expect(() => listVersions(db, datasetId)).toThrow(/definition version "Edited outside" is damaged/);
  });
});
