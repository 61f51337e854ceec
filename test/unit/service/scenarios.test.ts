import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../shared/model/default-model';
import { useTempServices, type TestService } from './helpers';

const { start } = useTempServices();

/** A service on the mini sample, opened as the app does, so the dataset has its baseline. */
async function opened(): Promise<{ api: TestService; datasetId: number; baselineId: number }> {
  const api = start();
  const workspace = await api.ok('workspace:open', null);
  const datasetId = workspace.activeDatasetId ?? -1;
  const { baseline } = await api.ok('dataset:open', { datasetId });
  return { api, datasetId, baselineId: baseline.id };
}

const stricter = { ...defaultModel(), threshold: 80 };

describe('scenario calls', () => {
  it('creates, lists, renames, changes the model, duplicates and deletes', async () => {
    const { api, datasetId, baselineId } = await opened();
    const created = await api.ok('scenario:create', { datasetId, name: '  Stricter  ', note: 'raise the bar', model: stricter });
    expect(created).toMatchObject({ datasetId, name: 'Stricter', note: 'raise the bar', model: stricter, isBaseline: false });

    const list = await api.ok('scenario:list', { datasetId });
    expect(list.map((s) => [s.id, s.isBaseline])).toEqual([[baselineId, true], [created.id, false]]);

    const renamed = await api.ok('scenario:update', { id: created.id, name: 'Much stricter' });
    expect(renamed).toMatchObject({ name: 'Much stricter', note: 'raise the bar', model: stricter });
    const retuned = await api.ok('scenario:update', { id: created.id, model: { ...stricter, threshold: 90 }, note: '' });
    expect(retuned).toMatchObject({ name: 'Much stricter', note: '', model: { threshold: 90 } });

    // Duplicating is creating from another scenario's fields; the copy is independent.
    const copy = await api.ok('scenario:create', { datasetId, name: `${retuned.name} (copy)`, note: retuned.note, model: retuned.model });
    expect(copy.id).not.toBe(retuned.id);
    expect(copy.model).toEqual(retuned.model);

    const deleted = await api.ok('scenario:delete', { id: created.id });
    expect(deleted).toEqual(retuned);
    expect((await api.ok('scenario:list', { datasetId })).map((s) => s.id)).toEqual([baselineId, copy.id]);
    // Undo: the UI creates it again from what delete returned.
    const restored = await api.ok('scenario:create', { datasetId, name: deleted.name, note: deleted.note, model: deleted.model });
    expect(restored).toMatchObject({ name: 'Much stricter', model: deleted.model, isBaseline: false });
  });

  it('moves the baseline and returns the whole list', async () => {
    const { api, datasetId, baselineId } = await opened();
    const other = await api.ok('scenario:create', { datasetId, name: 'Candidate', note: '', model: stricter });
    const list = await api.ok('scenario:set-baseline', { id: other.id });
    expect(list.filter((s) => s.isBaseline).map((s) => s.id)).toEqual([other.id]);
    expect(list.map((s) => s.id)).toEqual([baselineId, other.id]);
    expect((await api.ok('dataset:open', { datasetId })).baseline.id).toBe(other.id);
  });

  it('refuses to delete the baseline and keeps it', async () => {
    const { api, datasetId, baselineId } = await opened();
    expect(await api.fails('scenario:delete', { id: baselineId })).toEqual({
      code: 'scenario/is-baseline',
      message:
        '"Baseline: current definition" is the baseline every scenario is compared with, so it cannot be deleted. ' +
        'Make another scenario the baseline first, then delete this one.',
    });
    const list = await api.ok('scenario:list', { datasetId });
    expect(list).toEqual([expect.objectContaining({ id: baselineId, isBaseline: true })]);
  });

  it('answers unknown ids and datasets with not-found', async () => {
    const { api } = await opened();
    expect(await api.fails('scenario:update', { id: 999, name: 'x' })).toEqual({
      code: 'scenario/not-found',
      message: 'There is no scenario with id 999; it may have been deleted.',
    });
    expect((await api.fails('scenario:delete', { id: 999 })).code).toBe('scenario/not-found');
    expect((await api.fails('scenario:set-baseline', { id: 999 })).code).toBe('scenario/not-found');
    expect(await api.fails('scenario:list', { datasetId: 42 })).toEqual({
      code: 'dataset/not-found',
      message: 'There is no dataset with id 42 in this workspace.',
    });
    expect((await api.fails('scenario:create', { datasetId: 42, name: 'x', note: '', model: stricter })).code).toBe('dataset/not-found');
  });

  it('rejects invalid arguments with messages the UI can show', async () => {
    const { api, datasetId, baselineId } = await opened();
    const valid = { datasetId, name: 'Stricter', note: '', model: stricter };
    const bad = (message: string) => ({ code: 'api/bad-argument', message });

    expect(await api.fails('scenario:create', null)).toEqual(bad('Expected an object argument.'));
    expect(await api.fails('scenario:create', { ...valid, datasetId: '1' })).toEqual(bad('datasetId must be a whole number.'));
    expect(await api.fails('scenario:create', { ...valid, name: '   ' })).toEqual(bad('A scenario needs a name.'));
    expect(await api.fails('scenario:create', { ...valid, name: 7 })).toEqual(bad('name must be text.'));
    expect(await api.fails('scenario:create', { ...valid, name: 'n'.repeat(121) })).toEqual(
      bad('A scenario name can be at most 120 characters; this one has 121. Shorten it.'),
    );
    expect(await api.fails('scenario:create', { ...valid, note: undefined })).toEqual(bad('note must be text.'));
    expect(await api.fails('scenario:create', { ...valid, note: 'x'.repeat(5_001) })).toEqual(
      bad('A scenario note can be at most 5,000 characters; this one has 5,001. Shorten it.'),
    );
    const invalidModel = await api.fails('scenario:create', { ...valid, model: { ...stricter, threshold: -5 } });
    expect(invalidModel).toEqual({ code: 'model/invalid', message: expect.stringContaining('threshold must be between 0 and 200, got -5') });
    expect(await api.fails('scenario:create', { ...valid, model: undefined })).toEqual({
      code: 'model/invalid',
      message: 'This scoring model is not valid: the model must be a JSON object.',
    });

    expect(await api.fails('scenario:update', { id: 1.5, name: 'x' })).toEqual(bad('id must be a whole number.'));
    expect(await api.fails('scenario:update', { id: baselineId })).toEqual(bad('Nothing to update: give a new name, note or model.'));
    expect(await api.fails('scenario:update', { id: baselineId, name: '' })).toEqual(bad('A scenario needs a name.'));
    expect(await api.fails('scenario:delete', { id: 'all' })).toEqual(bad('id must be a whole number.'));

    // An emoji counts as one character, as the person typing it sees it.
    expect((await api.ok('scenario:create', { ...valid, name: '🚀'.repeat(120) })).name).toBe('🚀'.repeat(120));
    // Nothing invalid was saved.
    expect((await api.ok('scenario:list', { datasetId })).map((s) => s.name)).toEqual(['Baseline: current definition', '🚀'.repeat(120)]);
  });
});

describe('definition version calls', () => {
  const agreedAt = Date.UTC(2026, 6, 1);

  it('records agreed definitions, lists them newest first and deletes them', async () => {
    const { api, datasetId } = await opened();
    const q2 = await api.ok('version:create', { datasetId, label: 'Q2 2026', author: 'Dana', note: '', model: defaultModel(), agreedAt: Date.UTC(2026, 3, 1) });
    const q3 = await api.ok('version:create', { datasetId, label: ' Q3 2026 ', author: 'Sam', note: 'stricter', model: stricter, agreedAt });
    expect(q3).toMatchObject({ datasetId, label: 'Q3 2026', author: 'Sam', note: 'stricter', model: stricter, agreedAt });
    expect((await api.ok('version:list', { datasetId })).map((v) => v.id)).toEqual([q3.id, q2.id]);
    expect(await api.ok('version:delete', { id: q3.id })).toEqual(q3);
    expect(await api.fails('version:delete', { id: q3.id })).toEqual({
      code: 'version/not-found',
      message: `There is no definition version with id ${q3.id}; it may have been deleted.`,
    });
    expect(await api.ok('version:list', { datasetId })).toEqual([q2]);
  });

  it('rejects invalid arguments with messages the UI can show', async () => {
    const { api, datasetId } = await opened();
    const valid = { datasetId, label: 'Q3 2026', author: 'Dana', note: '', model: stricter, agreedAt };
    const bad = (message: string) => ({ code: 'api/bad-argument', message });
    expect(await api.fails('version:create', { ...valid, label: '' })).toEqual(bad('A definition version needs a label, e.g. "Q3 2026".'));
    expect(await api.fails('version:create', { ...valid, label: 'x'.repeat(61) })).toEqual(
      bad('A version label can be at most 60 characters; this one has 61. Shorten it.'),
    );
    expect(await api.fails('version:create', { ...valid, author: ' ' })).toEqual(bad('A definition version needs an author: who agreed it.'));
    expect(await api.fails('version:create', { ...valid, author: 'a'.repeat(121) })).toEqual(
      bad("An author's name can be at most 120 characters; this one has 121. Shorten it."),
    );
    const notADate = bad('agreedAt must be a date as epoch milliseconds (a whole number, e.g. Date.now()).');
    expect(await api.fails('version:create', { ...valid, agreedAt: '2026-07-01' })).toEqual(notADate);
    expect(await api.fails('version:create', { ...valid, agreedAt: null })).toEqual(notADate);
    expect(await api.fails('version:create', { ...valid, agreedAt: 1e300 })).toEqual(notADate);
    expect((await api.fails('version:create', { ...valid, model: { version: 2 } })).code).toBe('model/invalid');
    expect((await api.fails('version:list', { datasetId: 42 })).code).toBe('dataset/not-found');
    expect(await api.ok('version:list', { datasetId })).toEqual([]);
  });
});
