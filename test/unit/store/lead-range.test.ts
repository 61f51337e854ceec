import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENTS_SQL, LEADS_SQL } from '../../../electron/store/load-lead-table';
import { leadIdRange } from '../../../electron/store/lead-range';
import { LeadIdentities } from '../../../electron/store/lead-identities';
import { MIGRATIONS, insertDataset, loadLeadTable, openStore } from '../../../electron/store/index';
import { activity, lead, useTempStores } from './helpers';

const { tempDir, openTemp, track } = useTempStores();

const T = 1_700_000_000_000;

function indexNames(db: ReturnType<typeof openTemp>): string[] {
  return db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'leads' ORDER BY name").pluck().all() as string[];
}

describe('migration 003: leads_dataset dropped', () => {
  it('upgrades a version 2 workspace, whose datasets load as before', () => {
    const file = path.join(tempDir(), 'workspace.sqlite');
    const v2 = openStore(file, { migrations: MIGRATIONS.slice(0, 2) });
    const first = insertDataset(v2, { name: 'First', source: 'a.csv' }, [lead('A'), lead('B', { channel: 'web' })], [activity('B', 'web_visit', T)]);
    const second = insertDataset(v2, { name: 'Second', source: 'b.csv' }, [lead('A', { channel: 'events' })], []);
    const before = [loadLeadTable(v2, first), loadLeadTable(v2, second)];
    expect(indexNames(v2)).toContain('leads_dataset');
    v2.close();

    const db = track(openStore(file));
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(indexNames(db)).toEqual(['sqlite_autoindex_leads_1']);
    expect([loadLeadTable(db, first), loadLeadTable(db, second)]).toEqual(before);
  });
});

describe('reading a dataset by its id range', () => {
  it('walks the table in id order, with no sort', () => {
    const db = openTemp();
    const plans = [LEADS_SQL, EVENTS_SQL].map((sql) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1, 2, 1) as { detail: string }[]).map((row) => row.detail),
    );
    for (const plan of plans) {
      expect(plan[0]).toMatch(/^SEARCH l USING INTEGER PRIMARY KEY \(rowid>\? AND rowid<\?\)$/);
      expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
    }
    expect(plans[1][1]).toMatch(/USING INDEX activities_lead_time \(lead_id=\?\)/);
  });

  it("keeps only the dataset's own leads when its range holds another's", () => {
    const db = openTemp();
    const first = insertDataset(db, { name: 'First', source: 'a.csv' }, [lead('A1'), lead('A2'), lead('A3')], [activity('A3', 'web_visit', T)]);
    const second = insertDataset(db, { name: 'Second', source: 'b.csv' }, [lead('B1', { channel: 'events' })], [activity('B1', 'email_open', T)]);
    // Not something the app does, but nothing should depend on it not happening: a lead of the
    // second dataset in the middle of the first one's ids.
    db.prepare('DELETE FROM leads WHERE id = 2').run();
    db.prepare("INSERT INTO leads (id, dataset_id, external_id, created_at, channel, campaign) VALUES (2, ?, 'B0', ?, 'web', 'x')").run(second, T);
    db.prepare("INSERT INTO activities (lead_id, type, occurred_at) VALUES (2, 'demo_request', ?)").run(T);

    expect(leadIdRange(db, first)).toEqual({ first: 1, last: 3 });
    expect(leadIdRange(db, second)).toEqual({ first: 2, last: 4 });
    const a = loadLeadTable(db, first);
    expect(a.n).toBe(2);
    expect(a.activityTypes).toEqual(['web_visit']);
    expect(Array.from(a.eventOffsets)).toEqual([0, 0, 1]);
    const b = loadLeadTable(db, second);
    expect(b.n).toBe(2);
    expect(b.channel.values).toEqual(['web', 'events']);
    expect(b.activityTypes).toEqual(['demo_request', 'email_open']);
    expect(Array.from(b.eventOffsets)).toEqual([0, 1, 2]);
    expect(new LeadIdentities(db).lookup(second, [0, 1]).map((l) => l.externalId)).toEqual(['B0', 'B1']);
    expect(leadIdRange(db, 99)).toBeNull();
  });
});
