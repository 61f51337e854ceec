import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import type { ActivityRecord, LeadRecord } from '../../../electron/store/index';
import { openStore, type OpenStoreOptions } from '../../../electron/store/index';
import type { ScoringModel } from '../../../shared/model/scoring-model';
import { parseScoringModel } from '../../../shared/model/validate-model';

/**
 * A fresh temp folder per test, and every store opened through openTemp closed before the folder
 * is removed (an open WAL database keeps -wal and -shm files around).
 */
export function useTempStores(): {
  tempDir: () => string;
  openTemp: (file?: string, options?: OpenStoreOptions) => Database.Database;
  track: (db: Database.Database) => Database.Database;
} {
  const dirs: string[] = [];
  const dbs: Database.Database[] = [];
  afterEach(() => {
    for (const db of dbs.splice(0)) if (db.open) db.close();
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = (): string => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mql-store-'));
    dirs.push(dir);
    return dir;
  };
  const track = (db: Database.Database): Database.Database => {
    dbs.push(db);
    return db;
  };
  const openTemp = (file?: string, options?: OpenStoreOptions): Database.Database =>
    track(openStore(file ?? path.join(tempDir(), 'workspace.mqllab'), options));
  return { tempDir, openTemp, track };
}

export function tableCounts(db: Database.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of ['datasets', 'leads', 'activities', 'outcomes', 'scenarios', 'settings']) {
    counts[table] = Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
  }
  return counts;
}

export function lead(externalId: string, fields: Partial<LeadRecord> = {}): LeadRecord {
  return {
    externalId,
    email: null,
    company: null,
    createdAt: 1_700_000_000_000,
    channel: 'paid_search',
    campaign: 'spring',
    fit: {},
    mqlAt: null,
    workedAt: null,
    sqlAt: null,
    opportunityAt: null,
    won: false,
    dealValue: null,
    ...fields,
  };
}

export function activity(leadExternalId: string, type: string, occurredAt: number): ActivityRecord {
  return { leadExternalId, type, occurredAt };
}

// Written as a version 1 model file, which the parser reads as the version 2 model it means.
export const MODEL: ScoringModel = parseScoringModel({
  version: 1,
  threshold: 50,
  fit: [{ attribute: 'industry', points: { Software: 10, Retail: -5 } }],
  engagement: [{ activity: 'pricing_page', points: 8, cap: 3 }],
});
