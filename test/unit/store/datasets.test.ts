import { describe, expect, it } from 'vitest';
import { FIT_ATTRIBUTES } from '../../../shared/model/catalog';
import {
  StoreError,
  createScenario,
  deleteDataset,
  insertDataset,
  listDatasets,
  listScenarios,
  loadLeadTable,
  type ActivityRecord,
  type LeadRecord,
} from '../../../electron/store/index';
import { MODEL, activity, lead, tableCounts, useTempStores } from './helpers';

const { openTemp } = useTempStores();

const T = 1_700_000_000_000;

const LEADS: LeadRecord[] = [
  lead('L-1', {
    email: 'ana@acme.io',
    company: 'Acme',
    createdAt: T,
    channel: 'paid_search',
    campaign: 'spring',
    fit: {
      industry: 'Software',
      companySize: '51-200',
      country: 'DE',
      jobRole: 'Marketing',
      seniority: 'VP',
      emailDomainType: 'business',
      accountTier: 'Tier 1',
    },
    mqlAt: T + 1000,
    workedAt: T + 2000,
    sqlAt: T + 3000,
    opportunityAt: T + 4000,
    won: true,
    dealValue: 12_500.5,
  }),
  lead('L-2', {
    createdAt: T + 10,
    channel: 'organic',
    campaign: 'evergreen',
    fit: { industry: 'Retail', country: null },
  }),
  lead('L-3', {
    createdAt: T + 20,
    channel: 'paid_search',
    campaign: 'summer',
    fit: { industry: 'Software', companySize: '1-10', country: 'FR', seniority: 'VP' },
    workedAt: T + 5000,
  }),
  lead('L-4', { createdAt: T + 30, channel: 'events', campaign: 'spring' }),
];

// Deliberately out of time order, and L-2 has no activities.
const ACTIVITIES: ActivityRecord[] = [
  activity('L-3', 'web_visit', T + 300),
  activity('L-1', 'web_visit', T + 500),
  activity('L-3', 'pricing_page', T + 100),
  activity('L-1', 'email_open', T + 100),
  activity('L-4', 'demo_request', T + 700),
  activity('L-3', 'email_open', T + 200),
  // Same moment as the one before it for L-4: import order breaks the tie.
  activity('L-4', 'pricing_page', T + 700),
];

describe('insertDataset and loadLeadTable', () => {
  it('round-trips a small dataset into a typed-array lead table', () => {
    const db = openTemp();
    const id = insertDataset(db, { name: 'Q1 leads', source: 'leads.csv' }, LEADS, ACTIVITIES);
    const table = loadLeadTable(db, id);

    expect(table.n).toBe(4);
    expect(Array.from(table.createdAt)).toEqual([T, T + 10, T + 20, T + 30]);
    expect(table.channel.values).toEqual(['paid_search', 'organic', 'events']);
    expect(Array.from(table.channel.codes)).toEqual([0, 1, 0, 2]);
    expect(table.campaign.values).toEqual(['spring', 'evergreen', 'summer']);
    expect(Array.from(table.campaign.codes)).toEqual([0, 1, 2, 0]);

    expect(table.fit.map((c) => c.key)).toEqual(FIT_ATTRIBUTES.map((a) => a.key));
    const fit = Object.fromEntries(
      table.fit.map((c) => [c.key, { values: c.values, codes: Array.from(c.codes) }]),
    );
    expect(fit).toEqual({
      industry: { values: ['Software', 'Retail', '(blank)'], codes: [0, 1, 0, 2] },
      companySize: { values: ['51-200', '(blank)', '1-10'], codes: [0, 1, 2, 1] },
      country: { values: ['DE', '(blank)', 'FR'], codes: [0, 1, 2, 1] },
      jobRole: { values: ['Marketing', '(blank)'], codes: [0, 1, 1, 1] },
      seniority: { values: ['VP', '(blank)'], codes: [0, 1, 0, 1] },
      emailDomainType: { values: ['business', '(blank)'], codes: [0, 1, 1, 1] },
      accountTier: { values: ['Tier 1', '(blank)'], codes: [0, 1, 1, 1] },
    });

    expect(Array.from(table.historicalMqlAt)).toEqual([T + 1000, NaN, NaN, NaN]);
    expect(Array.from(table.workedAt)).toEqual([T + 2000, NaN, T + 5000, NaN]);
    expect(Array.from(table.sqlAt)).toEqual([T + 3000, NaN, NaN, NaN]);
    expect(Array.from(table.opportunityAt)).toEqual([T + 4000, NaN, NaN, NaN]);
    expect(Array.from(table.won)).toEqual([1, 0, 0, 0]);
    expect(Array.from(table.dealValue)).toEqual([12_500.5, NaN, NaN, NaN]);

    expect(table.eventOffsets).toBeInstanceOf(Uint32Array);
    expect(Array.from(table.eventOffsets)).toEqual([0, 2, 2, 5, 7]);
    expect(table.activityTypes).toEqual([
      'email_open',
      'web_visit',
      'pricing_page',
      'demo_request',
    ]);
    const events = Array.from(table.eventType, (code, k) => [
      table.activityTypes[code],
      table.eventTime[k] - T,
    ]);
    expect(events).toEqual([
      ['email_open', 100],
      ['web_visit', 500],
      ['pricing_page', 100],
      ['email_open', 200],
      ['web_visit', 300],
      ['demo_request', 700],
      ['pricing_page', 700],
    ]);
  });

  it('orders a long event history by time, keeping import order for ties', () => {
    const db = openTemp();
    const history = Array.from({ length: 100 }, (_, i) =>
      activity('A', `type_${i % 40}`, T + ((i * 37) % 10) * 1000),
    );
    const leads = [lead('A'), lead('B')];
    const id = insertDataset(db, { name: 'Long', source: 'g.csv' }, leads, history);
    const table = loadLeadTable(db, id);

    const expected = [...history]
      .sort((a, b) => a.occurredAt - b.occurredAt)
      .map((a) => [a.type, a.occurredAt]);
    const actual = Array.from(table.eventType, (code, k) => [
      table.activityTypes[code],
      table.eventTime[k],
    ]);
    expect(actual).toEqual(expected);
    expect(Array.from(table.eventOffsets)).toEqual([0, 100, 100]);
  });

  it('keeps datasets apart and lists them with their counts', () => {
    const db = openTemp();
    const first = insertDataset(db, { name: 'First', source: 'a.csv' }, LEADS, ACTIVITIES);
    const second = insertDataset(
      db,
      { name: 'Second', source: 'b.csv' },
      [lead('L-1', { channel: 'webinar' })],
      [activity('L-1', 'webinar_attended', T)],
    );
    expect(listDatasets(db)).toMatchObject([
      { id: first, name: 'First', source: 'a.csv', leads: 4, activities: 7 },
      { id: second, name: 'Second', source: 'b.csv', leads: 1, activities: 1 },
    ]);
    expect(listDatasets(db)[0].createdAt).toBeGreaterThan(0);

    const table = loadLeadTable(db, second);
    expect(table.n).toBe(1);
    expect(table.channel.values).toEqual(['webinar']);
    expect(table.activityTypes).toEqual(['webinar_attended']);
    expect(Array.from(table.eventOffsets)).toEqual([0, 1]);
  });

  it('loads an empty dataset as an empty table', () => {
    const db = openTemp();
    const id = insertDataset(db, { name: 'Empty', source: 'none' }, [], []);
    const table = loadLeadTable(db, id);
    expect(table.n).toBe(0);
    expect(Array.from(table.eventOffsets)).toEqual([0]);
    expect(table.fit).toHaveLength(FIT_ATTRIBUTES.length);
  });

  it('saves nothing when an activity names an unknown lead', () => {
    const db = openTemp();
    insertDataset(db, { name: 'Existing', source: 'a.csv' }, LEADS, ACTIVITIES);
    const before = tableCounts(db);

    const broken = [...ACTIVITIES, activity('L-99', 'web_visit', T), ...ACTIVITIES];
    expect(() =>
      insertDataset(db, { name: 'Broken', source: 'b.csv' }, LEADS, broken),
    ).toThrowError(
      expect.objectContaining({
        code: 'store/invalid-data',
        message: expect.stringContaining('"L-99"'),
      }),
    );
    expect(tableCounts(db)).toEqual(before);
  });

  it('saves nothing when reading the rows fails half-way', () => {
    const db = openTemp();
    const before = tableCounts(db);
    function* leadsThenFailure(): Generator<LeadRecord> {
      yield* LEADS;
      throw new Error('Row 5: unreadable date "31/02/2024"');
    }
    expect(() =>
      insertDataset(db, { name: 'Half', source: 'c.csv' }, leadsThenFailure(), []),
    ).toThrow(/unreadable date/);
    expect(tableCounts(db)).toEqual(before);
  });

  it('rejects duplicate lead ids and invalid dates with messages naming the lead', () => {
    const db = openTemp();
    expect(() =>
      insertDataset(db, { name: 'Dupes', source: 'd.csv' }, [lead('A'), lead('A')], []),
    ).toThrow(/Lead id "A" appears more than once/);
    expect(() =>
      insertDataset(db, { name: 'Dates', source: 'd.csv' }, [lead('B', { createdAt: NaN })], []),
    ).toThrow(/Lead "B" has a missing or invalid created date/);
    expect(tableCounts(db).datasets).toBe(0);
  });

  it('names a repeated lead id wherever the two leads are written', () => {
    const db = openTemp();
    // Same INSERT of 32 rows; different INSERTs; different batches of 4,096; the second one
    // still waiting when the activities come (then the activities' index finds it).
    for (const [a, b, activities] of [[5, 20, 0], [5, 40, 0], [10, 5_000, 0], [10, 5_000, 1], [4_200, 4_300, 1]]) {
      const leads = Array.from({ length: 5_100 }, (_, i) => lead(i === b ? `L${a}` : `L${i}`));
      const history = activities ? [activity('L1', 'web_visit', T)] : [];
      expect(() => insertDataset(db, { name: 'Dupes', source: 'd.csv' }, leads, history)).toThrowError(
        expect.objectContaining({ code: 'store/invalid-data', message: `Lead id "L${a}" appears more than once. Each lead needs its own id.` }),
      );
    }
    expect(tableCounts(db)).toMatchObject({ datasets: 0, leads: 0 });
  });

  it('reports progress and can be cancelled, saving nothing', () => {
    const db = openTemp();
    const many = Array.from({ length: 25_000 }, (_, i) => lead(`L${i}`));
    const seen: number[] = [];
    expect(() =>
      insertDataset(db, { name: 'Big', source: 'e.csv' }, many, [], {
        onProgress: (p) => seen.push(p.leads),
        isCancelled: () => seen.length === 2,
      }),
    ).toThrowError(expect.objectContaining({ code: 'store/cancelled' }));
    expect(seen).toEqual([10_000, 20_000]);
    expect(tableCounts(db).leads).toBe(0);
  });

  it('refuses more activity types than a lead table can hold', () => {
    const db = openTemp();
    const types = Array.from({ length: 256 }, (_, i) => activity('A', `type_${i}`, T + i));
    expect(() =>
      insertDataset(db, { name: 'Types', source: 'f.csv' }, [lead('A')], types),
    ).toThrowError(expect.objectContaining({ code: 'store/too-many-values' }));
    expect(tableCounts(db).datasets).toBe(0);
  });

  it('writes an outcomes row only for leads with an outcome, and loads the rest as never reached', () => {
    const db = openTemp();
    const id = insertDataset(db, { name: 'Q1 leads', source: 'leads.csv' }, LEADS, ACTIVITIES);
    // L-1 has dates, a win and a deal value, L-3 a first sales touch; L-2 and L-4 have nothing.
    expect(db.prepare('SELECT lead_id FROM outcomes ORDER BY lead_id').pluck().all()).toEqual([1, 3]);
    expect(db.prepare('SELECT won FROM outcomes WHERE lead_id = 3').pluck().get()).toBe(0);
    const table = loadLeadTable(db, id);
    expect(Array.from(table.won)).toEqual([1, 0, 0, 0]);
    expect(Array.from(table.workedAt)).toEqual([T + 2000, NaN, T + 5000, NaN]);
  });

  it('writes leads in statements of several rows and the rest one by one, with ids in order', () => {
    const db = openTemp();
    // 4,096 leads make a batch; 32 a statement. 4,096 + 45 leaves a partial statement in both batches.
    const many = Array.from({ length: 4_141 }, (_, i) =>
      lead(`L${i}`, { createdAt: T + i, channel: `c${i % 7}`, fit: { industry: i % 3 === 0 ? null : `i${i % 5}` }, won: i % 100 === 0 }),
    );
    const id = insertDataset(db, { name: 'Many', source: 'm.csv' }, many, [activity('L4140', 'web_visit', T)]);
    const rows = db.prepare('SELECT id, external_id, created_at, channel, industry FROM leads ORDER BY id').raw().all();
    expect(rows).toEqual(many.map((l, i) => [i + 1, l.externalId, l.createdAt, l.channel, l.fit.industry]));
    expect(db.prepare('SELECT count(*) FROM outcomes WHERE won = 1').pluck().get()).toBe(42);
    const table = loadLeadTable(db, id);
    expect(table.n).toBe(4_141);
    expect(Array.from(table.eventOffsets.subarray(4_140))).toEqual([0, 1]);
  });

  it('stores category values as given, whether the INSERT holds them or binds them', () => {
    const db = openTemp();
    // Over three batches: a channel with a quote and a value first seen in the last batch;
    // campaigns that pass the few a statement holds; an industry too long to hold; a seniority
    // with a NUL; blanks.
    const many = Array.from({ length: 9_000 }, (_, i) =>
      lead(`L${i}`, {
        createdAt: T + i,
        channel: i < 8_500 ? ["O'Brien – Partner", 'Direct'][i % 2] : 'Late arrival',
        campaign: `campaign ${i < 4_096 ? i % 3 : i % 50}`,
        fit: { industry: i % 4 === 0 ? null : `${'long industry '.repeat(200)}${i % 2}`, seniority: i % 5 === 0 ? null : ['VP', 'nul\u0000byte'][i % 2] },
      }),
    );
    const id = insertDataset(db, { name: 'Categories', source: 'c.csv' }, many, []);
    const rows = db.prepare('SELECT channel, campaign, industry, seniority FROM leads WHERE dataset_id = ? ORDER BY id').raw().all(id);
    expect(rows).toEqual(many.map((l) => [l.channel, l.campaign, l.fit.industry ?? null, l.fit.seniority ?? null]));
  });

  it('reports a missing dataset when loading', () => {
    const db = openTemp();
    expect(() => loadLeadTable(db, 42)).toThrowError(
      expect.objectContaining({ code: 'store/not-found' }),
    );
  });
});

describe('deleteDataset', () => {
  it('removes the dataset with its leads, activities, outcomes and scenarios only', () => {
    const db = openTemp();
    const doomed = insertDataset(db, { name: 'Old', source: 'a.csv' }, LEADS, ACTIVITIES);
    const kept = insertDataset(db, { name: 'New', source: 'b.csv' }, [lead('K', { workedAt: T })], [
      activity('K', 'web_visit', T),
    ]);
    createScenario(db, { datasetId: doomed, name: 'Current', model: MODEL });
    createScenario(db, { datasetId: kept, name: 'Kept', model: MODEL });

    expect(deleteDataset(db, doomed)).toBe(true);
    expect(tableCounts(db)).toMatchObject({
      datasets: 1,
      leads: 1,
      activities: 1,
      outcomes: 1,
      scenarios: 1,
    });
    expect(listScenarios(db, doomed)).toEqual([]);
    expect(listScenarios(db, kept)).toHaveLength(1);
    expect(loadLeadTable(db, kept).n).toBe(1);
    expect(() => loadLeadTable(db, doomed)).toThrow(StoreError);
    expect(deleteDataset(db, doomed)).toBe(false);
  });
});
