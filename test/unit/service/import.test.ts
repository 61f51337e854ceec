import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../../../shared/api';
import { decodeLeadTable } from '../../../shared/engine/lead-table-codec';
import { defaultModel } from '../../../shared/model/default-model';
import { useTempServices, type TestService } from './helpers';
import { fixture, proposed, specOf } from './import-files';
import { buildImportWorker } from './import-worker';

let importWorkerFile = '';
beforeAll(() => {
  importWorkerFile = buildImportWorker();
});
const { start } = useTempServices();

async function openedWith(events: ProgressEvent[], importWriterThread?: boolean): Promise<TestService> {
  const api = start({ importWorkerFile, importWriterThread, emit: (_event, payload) => void events.push(payload) });
  await api.ok('workspace:open', null);
  return api;
}

/** Rows of each table, read on a connection of the test's own, as a second process would see them. */
function counts(api: TestService): Record<string, number> {
  const db = new Database(api.workspaceFile, { readonly: true });
  try {
    const out: Record<string, number> = {};
    for (const table of ['datasets', 'leads', 'activities', 'outcomes', 'scenarios']) {
      out[table] = Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
    }
    return out;
  } finally {
    db.close();
  }
}

const opened = (events: ProgressEvent[] = []) => openedWith(events);

/** What a connection with foreign keys on would object to, and rows keyed by lead left without one. */
function integrity(api: TestService): { foreignKeys: unknown[]; orphans: number } {
  const db = new Database(api.workspaceFile, { readonly: true });
  try {
    const orphans = db
      .prepare(
        `SELECT (SELECT count(*) FROM activities WHERE lead_id NOT IN (SELECT id FROM leads))
              + (SELECT count(*) FROM outcomes WHERE lead_id NOT IN (SELECT id FROM leads))
              + (SELECT count(*) FROM lead_attribute_values WHERE lead_id NOT IN (SELECT id FROM leads))`,
      )
      .pluck()
      .get();
    return { foreignKeys: db.pragma('foreign_key_check') as unknown[], orphans: Number(orphans) };
  } finally {
    db.close();
  }
}

describe('import:inspect', () => {
  it('reads the European file: BOM, semicolons, German names mapped, day-first dates, decimal comma', async () => {
    const api = await opened();
    const inspection = await api.ok('import:inspect', { source: fixture('european-semicolon.csv'), kind: 'leads' });
    expect(inspection).toMatchObject({
      fileName: 'european-semicolon.csv',
      encoding: 'utf-8',
      bom: true,
      delimiter: ';',
      estimatedRows: 4,
      crm: null,
      formats: { dates: { createdAt: 'dmy', mqlAt: 'dmy', sqlAt: 'dmy' }, decimal: ',' },
      ambiguousDates: [],
      unmapped: [],
      problems: [],
    });
    expect(inspection.header.slice(0, 4)).toEqual(['Lead-ID', 'E-Mail', 'Firma', 'Erstellt am']);
    expect(inspection.rows.map((r) => r[0])).toEqual(['DE-1', 'DE-2', 'DE-3', 'DE-4']);
    expect(inspection.mapping).toMatchObject({ externalId: 0, email: 1, company: 2, createdAt: 3, won: 11, dealValue: 12 });
  });

  it('knows a HubSpot export, with full confidence in its own names, and lists the columns left over', async () => {
    const api = await opened();
    const inspection = await api.ok('import:inspect', { source: fixture('hubspot-leads.csv'), kind: 'leads' });
    expect(inspection.crm).toBe('hubspot');
    expect(inspection.confidence.externalId).toBe(1);
    expect(inspection.matchedBy.externalId).toBe('preset');
    expect(inspection.unmapped).toEqual([
      { index: 1, header: 'First Name', kind: 'categorical', suggested: 'categorical' },
      { index: 2, header: 'Last Name', kind: 'categorical', suggested: 'categorical' },
      { index: 7, header: 'Lead Status', kind: 'categorical', suggested: 'categorical' },
      { index: 19, header: 'Number of Pageviews', kind: 'numeric', suggested: 'numeric' },
      { index: 20, header: 'Number of Form Submissions', kind: 'numeric', suggested: 'numeric' },
    ]);
  });

  it('gives empty, binary, header-only and wrong-kind files one message each', async () => {
    const api = await opened();
    const problems = async (name: string, kind = 'leads') =>
      (await api.ok('import:inspect', { source: fixture(name), kind })).problems.map((p) => [p.code, p.message]);
    expect(await problems('empty.csv')).toEqual([
      ['empty-file', "'empty.csv' is empty. Export the data from your CRM again and check that the export finished; then import the new file."],
    ]);
    expect(await problems('binary.csv')).toEqual([
      ['binary-file', "'binary.csv' is a PNG image, not a CSV text file. Choose the CSV file exported from your CRM."],
    ]);
    expect(await problems('header-only.csv')).toEqual([
      ['header-only', "'header-only.csv' has column names but no data rows. Export it again with the records included (check the filters or the list the export was made from)."],
    ]);
    expect(await problems('wrong-kind.csv')).toEqual([
      [
        'wrong-kind',
        "'wrong-kind.csv' looks like an activities file (one row per activity: lead, type, date), not a leads file (one row per lead). Import it as activities, or choose the leads export instead.",
      ],
    ]);
  });

  it('asks about ambiguous date columns, and detects formats again under the user’s mapping', async () => {
    const api = await opened();
    const source = fixture('ambiguous-dates.csv');
    const first = await api.ok('import:inspect', { source, kind: 'leads' });
    expect(first.ambiguousDates.map((a) => [a.field, a.header, a.candidates])).toEqual([
      ['createdAt', 'Create Date', ['mdy', 'dmy']],
      ['mqlAt', 'MQL Date', ['mdy', 'dmy']],
    ]);
    const remapped = await api.ok('import:inspect', { source, kind: 'leads', mapping: { ...first.mapping, mqlAt: null } });
    expect(remapped.ambiguousDates.map((a) => a.field)).toEqual(['createdAt']);
    expect(remapped.unmapped.map((c) => c.header)).toContain('MQL Date');
    expect(remapped.confidence.mqlAt).toBe(0);
  });

  it('names the file it cannot open and refuses relative paths', async () => {
    const api = await opened();
    const missing = path.join(api.dataFolder, 'gone.csv');
    expect(await api.fails('import:inspect', { source: missing, kind: 'leads' })).toEqual({
      code: 'import/cannot-read',
      message: expect.stringMatching(/^gone\.csv could not be opened \(.*\)\. Check that the file is still at /),
    });
    expect((await api.fails('import:inspect', { source: 'leads.csv', kind: 'leads' })).code).toBe('api/bad-argument');
    expect((await api.fails('import:inspect', { source: missing, kind: 'contacts' })).message).toBe(
      "kind must be one of 'leads', 'activities', 'outcomes'; got \"contacts\".",
    );
  });
});

/*
 * Imports write on a thread of their own when the files are large enough to pay for it (job.ts);
 * these run both ways, whatever the fixtures' size.
 */
const WRITERS = [
  ['rows written on the reading thread', false],
  ['rows written on a thread of their own', true],
] as const;

describe.each(WRITERS)('import:validate and import:run, %s', (_name, writerThread) => {
  const opened = (events: ProgressEvent[] = []) => openedWith(events, writerThread);

  it('imports leads, activities and an outcomes file as one new dataset, with progress', async () => {
    const events: ProgressEvent[] = [];
    const api = await opened(events);
    const files = await proposed(api, {
      leads: fixture('hubspot-leads.csv'),
      activities: fixture('activities.csv'),
      outcomes: fixture('outcomes-only.csv'),
    });
    const checked = await api.ok('import:validate', files);
    expect(checked).toMatchObject({ status: 'validated', datasetId: null, leads: 6, activities: 6, errors: 0 });
    expect(counts(api).datasets).toBe(1);

    const report = await api.ok('import:run', { ...files, badRows: 'fail', target: { mode: 'new', name: 'HubSpot Q1' } });
    expect(report).toMatchObject({ status: 'imported', leads: 6, activities: 6, errors: 0 });
    expect(report.files.map((f) => [f.kind, f.rows, f.accepted, f.skipped])).toEqual([
      ['outcomes', 4, 3, 1],
      ['leads', 6, 6, 0],
      ['activities', 6, 6, 0],
    ]);
    expect(report.problems.map((p) => [p.file, p.row, p.code])).toContainEqual(['outcomes-only.csv', 5, 'duplicate-id']);
    const workspace = await api.ok('workspace:open', null);
    expect(workspace.datasets.find((d) => d.id === report.datasetId)).toMatchObject({
      name: 'HubSpot Q1',
      source: 'outcomes-only.csv + hubspot-leads.csv + activities.csv',
      leads: 6,
      activities: 6,
    });
    const datasetId = report.datasetId ?? -1;
    const table = decodeLeadTable(await api.ok('dataset:table', { datasetId }));
    expect(table.n).toBe(6);
    expect(table.eventTime.length).toBe(6);
    // Lead 102 is won by the outcomes file, not by its own row.
    const identities = await api.ok('dataset:lead-identities', { datasetId, rows: [1] });
    expect(identities[0].externalId).toBe('102');
    expect(table.won[1]).toBe(1);
    const importEvents = events.filter((e) => e.task === 'import');
    expect(importEvents.at(-1)).toMatchObject({ label: 'Imported', rows: 16, totalBytes: expect.any(Number) });
    expect(importEvents.at(-1)?.bytes).toBe(importEvents.at(-1)?.totalBytes);
  });

  it('imports the European leads with their activities, day-first times and all', async () => {
    const api = await opened();
    const files = await proposed(api, { leads: fixture('european-semicolon.csv'), activities: fixture('european-activities.csv') });
    expect(files.activities).toMatchObject({ mapping: { leadId: 0, type: 1, timestamp: 2 }, formats: { dates: { timestamp: 'dmy' } } });
    const report = await api.ok('import:run', { ...files, badRows: 'fail', target: { mode: 'new', name: 'DACH' } });
    expect(report).toMatchObject({ status: 'imported', leads: 4, activities: 7, errors: 0 });
    const table = decodeLeadTable(await api.ok('dataset:table', { datasetId: report.datasetId ?? -1 }));
    expect(Array.from(table.eventOffsets)).toEqual([0, 3, 4, 6, 7]);
    expect(table.eventTime[0]).toBe(Date.parse('2025-01-06T10:00:00Z'));
    expect([...new Set(Array.from(table.eventType, (code) => table.activityTypes[code]))]).toEqual([
      'email_open',
      'pricing_page',
      'demo_request',
      'web_visit',
      'webinar_attended',
      'content_download',
    ]);
  });

  it('with badRows fail, saves nothing and reports every bad row with its row number', async () => {
    const api = await opened();
    const before = counts(api);
    const files = await proposed(api, { leads: fixture('bad-rows.csv') });
    const report = await api.ok('import:run', { ...files, badRows: 'fail', target: { mode: 'new', name: 'Bad' } });
    expect(report).toMatchObject({ status: 'rejected', datasetId: null, errors: 8, warnings: 7, problemCount: 15 });
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.column])).toEqual([
      [3, 'Create Date'],
      [4, 'Lead ID'],
      [5, 'Deal Value'],
      [8, 'Closed Won'],
      [10, 'Create Date'],
      [12, null],
      [13, 'Create Date'],
      [14, 'Create Date'],
    ]);
    expect(report.problems[0]).toMatchObject({ file: 'bad-rows.csv', message: "row 3, column 'Create Date': '31/02/2025' is not a date" });
    expect(counts(api)).toEqual(before);
  });

  it('with badRows skip, imports exactly the good rows', async () => {
    const api = await opened();
    const files = await proposed(api, { leads: fixture('bad-rows.csv') });
    const report = await api.ok('import:run', { ...files, badRows: 'skip', target: { mode: 'new', name: 'Good rows' } });
    expect(report).toMatchObject({ status: 'imported', leads: 4, errors: 8 });
    const datasetId = report.datasetId ?? -1;
    const leads = await api.ok('dataset:lead-identities', { datasetId, rows: [0, 1, 2, 3] });
    expect(leads.map((l) => [l.externalId, l.email])).toEqual([
      ['B1', 'ana@norvane.io'],
      ['B6', 'ana@norvane.io'],
      ['B9', 'gus@acme.com'],
      ['B13', 'kim@acme.com'],
    ]);
  });

  it('keeps quoted values over several lines whole and counts rows as a spreadsheet does', async () => {
    const api = await opened();
    const files = await proposed(api, { leads: fixture('embedded-newlines.csv') });
    const report = await api.ok('import:run', { ...files, badRows: 'skip', target: { mode: 'new', name: 'Newlines' } });
    expect(report.problems.map((p) => p.message)).toEqual(["row 4, column 'Create Date': '2025-13-01' is not a date"]);
    const leads = await api.ok('dataset:lead-identities', { datasetId: report.datasetId ?? -1, rows: [0, 1, 2] });
    expect(leads.map((l) => [l.externalId, l.company])).toEqual([
      ['N1', 'Norvane Systems\r\nBerlin Office'], // the file's CRLF inside the quotes is kept
      ['N2', 'Kestrel "Labs"\nLine two\nLine three'],
      ['N4', 'Acme, Inc.'],
    ]);
  });

  it('reads UTF-16 and Windows-1252 files through the stream decoders', async () => {
    const api = await opened();
    for (const [name, expected] of [
      ['utf16-bom.csv', ['Zoë Ltd', 'Žluťoučký kůň s.r.o.', '東京商事']],
      ['windows-1252.csv', ['Café René', 'Müller GmbH', 'Nordlys AS']],
    ] as const) {
      const files = await proposed(api, { leads: fixture(name) });
      const report = await api.ok('import:run', { ...files, badRows: 'fail', target: { mode: 'new', name } });
      const leads = await api.ok('dataset:lead-identities', { datasetId: report.datasetId ?? -1, rows: [0, 1, 2] });
      expect(leads.map((l) => l.company)).toEqual(expected);
    }
  });

  it('refuses a file of the wrong kind even when bad rows are to be skipped', async () => {
    const api = await opened();
    const before = counts(api);
    const files = await proposed(api, { leads: fixture('hubspot-leads.csv') });
    const wrong = { source: fixture('hubspot-leads.csv').replace('hubspot-leads', 'wrong-kind'), mapping: {}, formats: { dates: {}, decimal: '.' } };
    const report = await api.ok('import:run', { ...files, outcomes: wrong, badRows: 'skip', target: { mode: 'new', name: 'x' } });
    expect(report.status).toBe('rejected');
    expect(report.problems.map((p) => p.code)).toEqual(['wrong-kind', 'missing-column']);
    expect(counts(api)).toEqual(before);
  });
});

describe.each(WRITERS)('import targets, %s', (_name, writerThread) => {
  const opened = () => openedWith([], writerThread);

  it('adds a new dataset each time, and replaces one only when told which', async () => {
    const api = await opened();
    const sample = (await api.ok('workspace:open', null)).datasets[0];
    const european = await proposed(api, { leads: fixture('european-semicolon.csv'), activities: fixture('european-activities.csv') });
    const first = await api.ok('import:run', { ...european, badRows: 'fail', target: { mode: 'new', name: 'Euro' } });
    expect(first.activities).toBe(7);
    const datasetId = first.datasetId ?? -1;
    await api.ok('dataset:open', { datasetId });
    await api.ok('scenario:create', { datasetId, name: 'Kept', note: '', model: defaultModel() });
    expect(decodeLeadTable(await api.ok('dataset:table', { datasetId })).n).toBe(4);

    const hubspot = await proposed(api, { leads: fixture('hubspot-leads.csv') });
    const replaced = await api.ok('import:run', { ...hubspot, badRows: 'fail', target: { mode: 'replace', datasetId } });
    expect(replaced).toMatchObject({ status: 'imported', datasetId, leads: 6 });
    // The cached lead table of the replaced dataset is gone: the new data is served.
    expect(decodeLeadTable(await api.ok('dataset:table', { datasetId })).n).toBe(6);
    expect((await api.ok('scenario:list', { datasetId })).map((s) => s.name)).toContain('Kept');
    // The import writes with foreign keys off; the old leads' activities and outcomes went with them.
    expect(integrity(api)).toEqual({ foreignKeys: [], orphans: 0 });

    const again = await api.ok('import:run', { ...hubspot, badRows: 'fail', target: { mode: 'new', name: 'Euro' } });
    expect(again.datasetId).not.toBe(datasetId);
    const datasets = (await api.ok('workspace:open', null)).datasets;
    expect(datasets.map((d) => [d.name, d.source, d.leads])).toEqual([
      [sample.name, sample.source, sample.leads],
      ['Euro', 'hubspot-leads.csv', 6],
      ['Euro', 'hubspot-leads.csv', 6],
    ]);
  });

  it('needs an explicit, valid target', async () => {
    const api = await opened();
    const files = await proposed(api, { leads: fixture('european-semicolon.csv') });
    expect((await api.fails('import:run', { ...files, badRows: 'fail' })).code).toBe('api/bad-argument');
    expect((await api.fails('import:run', { ...files, badRows: 'fail', target: { mode: 'new', name: '  ' } })).message).toBe(
      'The new dataset needs a name.',
    );
    expect(await api.fails('import:run', { ...files, badRows: 'fail', target: { mode: 'replace', datasetId: 99 } })).toEqual({
      code: 'dataset/not-found',
      message: 'There is no dataset with id 99 in this workspace.',
    });
    expect((await api.fails('import:run', { ...files, badRows: 'sometimes', target: { mode: 'new', name: 'x' } })).message).toBe(
      "badRows must be 'skip' or 'fail'; got \"sometimes\".",
    );
  });
});

describe('saved mappings, uploads and dialogs', () => {
  it('saves mappings by column name per kind of file, replacing one of the same name', async () => {
    const api = await opened();
    const columns = { externalId: 'Lead-ID', createdAt: 'Erstellt am', email: null };
    expect(await api.ok('import:mappings', { kind: 'leads' })).toEqual([]);
    await api.ok('import:save-mapping', { name: 'DACH export', kind: 'leads', columns });
    const saved = await api.ok('import:save-mapping', { name: 'dach export', kind: 'leads', columns: { ...columns, email: 'E-Mail' } });
    expect(saved).toEqual([{ name: 'dach export', kind: 'leads', columns: { ...columns, email: 'E-Mail' }, savedAt: expect.any(Number) }]);
    expect(await api.ok('import:mappings', { kind: 'activities' })).toEqual([]);
    expect((await api.fails('import:save-mapping', { name: 'x', kind: 'leads', columns: { color: 'Red' } })).message).toBe(
      "columns names 'color', which is not a field of a leads file.",
    );
  });

  it('removes an upload after the run, never a file of the user’s', async () => {
    const api = await opened();
    const upload = path.join(api.dataFolder, 'uploads', 'abc', 'european-semicolon.csv');
    fs.mkdirSync(path.dirname(upload), { recursive: true });
    fs.copyFileSync(fixture('european-semicolon.csv'), upload);
    const leads = specOf(await api.ok('import:inspect', { source: upload, kind: 'leads' }));
    await api.ok('import:run', { leads, badRows: 'fail', target: { mode: 'new', name: 'Uploaded' } });
    expect(fs.existsSync(path.dirname(upload))).toBe(false);
    expect(fs.existsSync(fixture('european-semicolon.csv'))).toBe(true);
  });

  it('answers the open-file dialog outside the desktop app with a clear error', async () => {
    const api = await opened();
    expect(await api.fails('dialog:open-file', { title: 'Choose', multiple: true })).toMatchObject({ code: 'dialog/unavailable' });
  });
});
