import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportFileSpec } from '../../../shared/api';
import { decodeLeadTable } from '../../../shared/engine/lead-table-codec';
import { insertDataset, loadLeadTable, openStore, StoreError } from '../../../electron/store/index';
import { useTempServices, type TestService } from './helpers';
import { fixture, specOf } from './import-files';
import { buildImportWorker } from './import-worker';
import { lead } from '../store/helpers';

let importWorkerFile = '';
beforeAll(() => {
  importWorkerFile = buildImportWorker();
});
const { start, tempDir } = useTempServices();

const BUDGET = { key: 'extra:it-budget-t', label: 'IT-Budget (T€)', kind: 'numeric', column: 'IT-Budget (T€)' } as const;
const CUSTOMER = { key: 'extra:bestandskunde', label: 'Bestandskunde', kind: 'boolean', column: 'Bestandskunde' } as const;
const SEGMENT = { key: 'extra:segment', label: 'Segment', kind: 'categorical', column: 'Segment' } as const;

const WRITERS = [
  ['rows written on the reading thread', false],
  ['rows written on a thread of their own', true],
] as const;

async function openedWith(importWriterThread?: boolean): Promise<TestService> {
  const api = start({ importWorkerFile, importWriterThread });
  await api.ok('workspace:open', null);
  return api;
}

/** european-extras.csv as the wizard sends it with the three unmapped columns kept at their suggested kinds. */
async function leadsWithExtras(api: TestService): Promise<ImportFileSpec> {
  const inspection = await api.ok('import:inspect', { source: fixture('european-extras.csv'), kind: 'leads' });
  const kept = inspection.unmapped.filter((c) => ['IT-Budget (T€)', 'Bestandskunde', 'Segment'].includes(c.header));
  return { ...specOf(inspection), extras: kept.map((c) => ({ column: c.index, kind: c.suggested })) };
}

describe.each(WRITERS)('importing with columns kept as attributes, %s', (_name, writerThread) => {
  const opened = () => openedWith(writerThread);
  it('suggests each kept column’s kind from its cells under the file’s decimal comma', async () => {
    const api = await opened();
    const inspection = await api.ok('import:inspect', { source: fixture('european-extras.csv'), kind: 'leads' });
    expect(inspection.unmapped.map((c) => [c.header, c.suggested])).toEqual([
      ['IT-Budget (T€)', 'numeric'],
      ['Bestandskunde', 'boolean'],
      ['Segment', 'categorical'],
      ['Notizen', 'categorical'],
    ]);
  });

  it('stores them in the import’s transaction, lists them with the dataset, and loads them into the lead table after a reopen', async () => {
    const api = await opened();
    const leads = await leadsWithExtras(api);
    const report = await api.ok('import:run', { leads, badRows: 'fail', target: { mode: 'new', name: 'DACH with extras' } });
    expect(report).toMatchObject({ status: 'imported', leads: 8, errors: 0 });
    const datasetId = report.datasetId as number;
    const workspace = await api.ok('workspace:open', null);
    expect(workspace.datasets.find((d) => d.id === datasetId)?.attributes).toEqual([BUDGET, CUSTOMER, SEGMENT]);
    api.service.close();

    // A second connection to the file, as the next start of the app would open it.
    const db = openStore(api.workspaceFile);
    try {
      const table = loadLeadTable(db, datasetId);
      expect(table.numeric.map((c) => [c.key, c.label, Array.from(c.values)])).toEqual([
        [BUDGET.key, BUDGET.label, [1250, 12.5, 480, 95.75, NaN, 2400, 3.2, 760]],
      ]);
      const column = (key: string) => {
        const c = table.fit.find((f) => f.key === key);
        return c && { label: c.label, kind: c.kind, values: Array.from(c.codes, (code) => c.values[code]) };
      };
      expect(column(CUSTOMER.key)).toEqual({ label: 'Bestandskunde', kind: 'boolean', values: ['No', '(blank)', 'Yes', 'No', 'No', 'No', 'No', 'Yes'] });
      expect(column(SEGMENT.key)).toEqual({
        label: 'Segment',
        kind: 'category',
        values: ['Mittelstand', 'KMU', 'Enterprise', 'Mittelstand', 'KMU', 'Enterprise', 'KMU', 'Enterprise'],
      });
      // The catalogue's attributes come first, so their positions are those knock-outs expect.
      expect(table.fit.slice(0, 7).map((c) => c.kind)).toEqual(Array(7).fill('category'));
      const stored = db.prepare('SELECT count(*) FROM lead_attribute_values v JOIN leads l ON l.id = v.lead_id WHERE l.dataset_id = ?');
      // No row for a blank cell: one budget and one customer answer are blank.
      expect(stored.pluck().get(datasetId)).toBe(7 + 7 + 8);
    } finally {
      db.close();
    }
  });

  it('sends them to the renderer with the lead table', async () => {
    const api = await opened();
    const report = await api.ok('import:run', { leads: await leadsWithExtras(api), badRows: 'fail', target: { mode: 'new', name: 'Extras' } });
    const table = decodeLeadTable(await api.ok('dataset:table', { datasetId: report.datasetId as number }));
    expect(table.numeric[0].label).toBe('IT-Budget (T€)');
    expect(table.fit.at(-1)?.label).toBe('Segment');
  });

  it('refuses bad cells of a kept column row by row, and with badRows fail saves nothing', async () => {
    const api = await opened();
    const leads = await leadsWithExtras(api);
    // Read with a decimal point, "12,5" is no number, while "1.250,0" would be.
    const pointed = { ...leads, formats: { ...leads.formats, decimal: '.' as const } };
    const report = await api.ok('import:run', { leads: pointed, badRows: 'fail', target: { mode: 'new', name: 'Bad' } });
    expect(report.status).toBe('rejected');
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
      "row 2, column 'IT-Budget (T€)': '1.250,0' is not a number",
      "row 3, column 'IT-Budget (T€)': '12,5' is not a number",
      "row 5, column 'IT-Budget (T€)': '95,75' is not a number",
      "row 8, column 'IT-Budget (T€)': '3,2' is not a number",
    ]);
    expect((await api.ok('workspace:open', null)).datasets.map((d) => d.name)).not.toContain('Bad');
  });

  it('replaces what a dataset kept when its data is replaced', async () => {
    const api = await opened();
    const first = await api.ok('import:run', { leads: await leadsWithExtras(api), badRows: 'fail', target: { mode: 'new', name: 'Replaced' } });
    const datasetId = first.datasetId as number;
    const plain = specOf(await api.ok('import:inspect', { source: fixture('european-extras.csv'), kind: 'leads' }));
    await api.ok('import:run', { leads: plain, badRows: 'fail', target: { mode: 'replace', datasetId } });
    expect((await api.ok('workspace:open', null)).datasets.find((d) => d.id === datasetId)?.attributes).toEqual([]);
    expect(decodeLeadTable(await api.ok('dataset:table', { datasetId })).numeric).toEqual([]);
  });

  it('refuses kept columns that are mapped, repeated, or on another kind of file', async () => {
    const api = await opened();
    const leads = await leadsWithExtras(api);
    const run = (arg: object) => api.fails('import:validate', arg);
    expect((await run({ leads: { ...leads, extras: [{ column: 0, kind: 'categorical' }] } })).message).toBe(
      'Column 1 is mapped to a field and kept as an attribute; a column feeds one of them at most.',
    );
    expect((await run({ leads: { ...leads, extras: [{ column: 9, kind: 'categorical' }, { column: 9, kind: 'numeric' }] } })).message).toBe(
      'Column 10 is kept as an attribute twice.',
    );
    expect((await run({ leads: { ...leads, extras: [{ column: 9, kind: 'date' }] } })).message).toBe(
      "leads.extras[0].kind must be one of 'categorical', 'numeric', 'boolean'; got \"date\".",
    );
    const activities = { source: fixture('european-activities.csv'), mapping: {}, formats: leads.formats, extras: [] };
    expect((await run({ leads, activities })).message).toBe('Only a leads file can keep columns as attributes; activities.extras must be left out.');
  });

  it('saves and reads back the kept columns with a mapping, by header', async () => {
    const api = await opened();
    const saved = await api.ok('import:save-mapping', {
      name: 'DACH export',
      kind: 'leads',
      columns: { externalId: 'Lead-ID' },
      extras: [{ column: 'IT-Budget (T€)', kind: 'numeric' }],
    });
    expect(saved[0].extras).toEqual([{ column: 'IT-Budget (T€)', kind: 'numeric' }]);
    expect((await api.ok('import:mappings', { kind: 'leads' }))[0].extras).toEqual([{ column: 'IT-Budget (T€)', kind: 'numeric' }]);
    expect((await api.fails('import:save-mapping', { name: 'x', kind: 'leads', columns: { externalId: 'ID' }, extras: [{ column: 'A', kind: 'text' }] })).message).toBe(
      "extras[0].kind must be one of 'categorical', 'numeric', 'boolean'; got \"text\".",
    );
  });
});

const opened = () => openedWith();

describe('the sample workspace', () => {
  it('keeps its employee counts and existing-customer flags as extra attributes', async () => {
    const api = await opened();
    const [sample] = (await api.ok('workspace:open', null)).datasets;
    expect(sample.attributes).toEqual([
      { key: 'extra:employees', label: 'Employees', kind: 'numeric', column: 'Employees' },
      { key: 'extra:existing-customer', label: 'Existing Customer', kind: 'boolean', column: 'Existing Customer' },
    ]);
    const table = decodeLeadTable(await api.ok('dataset:table', { datasetId: sample.id }));
    expect(Array.from(table.numeric[0].values)).toEqual([450, 3, 120]);
    const customer = table.fit.find((c) => c.key === 'extra:existing-customer');
    expect(customer && Array.from(customer.codes, (code) => customer.values[code])).toEqual(['No', '(blank)', 'Yes']);
  });
});

describe('the store’s own checks of kept columns', () => {
  it('refuses a categorical column with more values than a lead table can code, and a value of the wrong kind, saving nothing', () => {
    const db = openStore(path.join(tempDir(), 'workspace.sqlite'));
    try {
      const many = Array.from({ length: 65_537 }, (_, i) => lead(`L${i}`, { extra: [`note ${i}`] }));
      const error = (() => {
        try {
          insertDataset(db, { name: 'Notes', source: 'notes.csv' }, many, [], { attributes: [{ key: 'extra:notes', label: 'Notes', kind: 'categorical', column: 'Notes' }] });
        } catch (e) {
          return e;
        }
        return null;
      })();
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).message).toMatch(/^The column 'Notes' has more than 65,536 different values/);
      expect(() =>
        insertDataset(db, { name: 'Wrong', source: 'x.csv' }, [lead('A', { extra: ['many'] })], [], { attributes: [{ ...BUDGET }] }),
      ).toThrow(`Lead "A" has "many" in the column 'IT-Budget (T€)', which holds numbers.`);
      expect(db.prepare('SELECT count(*) FROM datasets').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
