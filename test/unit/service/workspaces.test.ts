import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/service/dispatch';
import { createService } from '../../../electron/service/service';
import { insertDataset, openStore } from '../../../electron/store';
import { defaultModel } from '../../../shared/model/default-model';
import { activity, lead } from '../store/helpers';
import { SAMPLE_FOLDER, useTempServices, type TestService } from './helpers';

const T = 1_700_000_000_000;

const { start, tempDir } = useTempServices();

async function scenarioNames(api: TestService): Promise<string[]> {
  const { activeDatasetId } = await api.ok('workspace:open', null);
  return (await api.ok('scenario:list', { datasetId: activeDatasetId })).map((s) => s.name);
}

async function addScenario(api: TestService, name: string): Promise<void> {
  const { activeDatasetId } = await api.ok('workspace:open', null);
  await api.ok('dataset:open', { datasetId: activeDatasetId });
  await api.ok('scenario:create', { datasetId: activeDatasetId, name, note: '', model: defaultModel() });
}

describe('workspaces in a data folder', () => {
  it('starts with one, "My workspace", holding the sample', async () => {
    const api = start();
    const summary = await api.ok('workspace:open', null);
    expect(summary.workspaceName).toBe('My workspace');
    expect(summary.datasets).toHaveLength(1);
    expect(await api.ok('workspace:list', null)).toEqual([expect.objectContaining({ name: 'My workspace', active: true })]);
    expect(fs.existsSync(api.workspaceFile)).toBe(true);
  });

  it('keeps each workspace’s scenarios to itself when switching between them', async () => {
    const api = start();
    await addScenario(api, 'Home idea');
    const created = await api.ok('workspace:create', { name: '  Acme   GmbH ' });
    expect(created.map((w) => [w.name, w.active])).toEqual([
      ['Acme GmbH', false],
      ['My workspace', true],
    ]);
    const acme = await api.ok('workspace:switch', { name: 'Acme GmbH' });
    expect(acme.workspaceName).toBe('Acme GmbH');
    // A new workspace opens on the sample, like a first start.
    expect(acme.datasets).toHaveLength(1);
    await addScenario(api, 'Client idea');
    expect(await scenarioNames(api)).toEqual(['Baseline: current definition', 'Client idea']);
    await api.ok('workspace:switch', { name: 'My workspace' });
    expect(await scenarioNames(api)).toEqual(['Baseline: current definition', 'Home idea']);
  });

  it('opens the workspace used last on the next start', async () => {
    const dataFolder = tempDir();
    const call = async (service: ReturnType<typeof createService>, channel: 'workspace:open' | 'workspace:create' | 'workspace:switch', arg: unknown) => {
      const reply = await dispatch(service.handlers, channel, arg);
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value;
    };
    const first = createService({ dataFolder, sampleFolder: SAMPLE_FOLDER, emit: () => undefined });
    await call(first, 'workspace:create', { name: 'Q3 review' });
    await call(first, 'workspace:switch', { name: 'Q3 review' });
    first.close();
    const second = createService({ dataFolder, sampleFolder: SAMPLE_FOLDER, emit: () => undefined });
    try {
      expect(await call(second, 'workspace:open', null)).toMatchObject({ workspaceName: 'Q3 review' });
    } finally {
      second.close();
    }
  });

  it('renames the open workspace with its data, and refuses a name taken or unusable', async () => {
    const api = start();
    await addScenario(api, 'Kept');
    await api.ok('workspace:create', { name: 'Other' });
    const renamed = await api.ok('workspace:rename', { name: 'My workspace', newName: 'Acme 2026' });
    expect(renamed.map((w) => [w.name, w.active])).toEqual([
      ['Acme 2026', true],
      ['Other', false],
    ]);
    expect(fs.existsSync(api.workspaceFile)).toBe(false);
    expect(await scenarioNames(api)).toEqual(['Baseline: current definition', 'Kept']);
    expect((await api.ok('workspace:open', null)).workspaceName).toBe('Acme 2026');

    expect(await api.fails('workspace:rename', { name: 'Acme 2026', newName: 'other' })).toEqual({
      code: 'workspace/exists',
      message: 'There is already a workspace called "Other". Choose another name.',
    });
    expect((await api.fails('workspace:create', { name: 'Q3/Q4' })).message).toContain('cannot start with a dot or contain any of');
    expect((await api.fails('workspace:create', { name: '   ' })).message).toBe('Give the workspace a name.');
    expect((await api.fails('workspace:switch', { name: 'Nope' })).message).toBe('There is no workspace called "Nope". The workspaces are: Acme 2026, Other.');
  });

  it('deletes another workspace’s file for good, but never the open one', async () => {
    const api = start();
    await api.ok('workspace:create', { name: 'Scratch' });
    const scratch = path.join(path.dirname(api.workspaceFile), 'Scratch.sqlite');
    expect(fs.existsSync(scratch)).toBe(true);
    expect(await api.fails('workspace:delete', { name: 'My workspace' })).toEqual({
      code: 'workspace/open',
      message: '"My workspace" is the workspace open now. Open another workspace first, then delete this one.',
    });
    expect((await api.ok('workspace:delete', { name: 'Scratch' })).map((w) => w.name)).toEqual(['My workspace']);
    expect(fs.existsSync(scratch)).toBe(false);
  });

  it('adopts the single workspace file of earlier versions as "My workspace"', async () => {
    const dataFolder = tempDir();
    const legacy = openStore(path.join(dataFolder, 'workspace.sqlite'));
    legacy.prepare("INSERT INTO settings (key, value) VALUES ('marker', 'from before')").run();
    legacy.close();
    const service = createService({ dataFolder, sampleFolder: SAMPLE_FOLDER, emit: () => undefined });
    service.close();
    expect(fs.existsSync(path.join(dataFolder, 'workspace.sqlite'))).toBe(false);
    const adopted = openStore(path.join(dataFolder, 'workspaces', 'My workspace.sqlite'));
    expect(adopted.prepare("SELECT value FROM settings WHERE key = 'marker'").pluck().get()).toBe('from before');
    adopted.close();
  });
});

describe('deleting a dataset', () => {
  it('removes it with its scenarios and leads, and never the last one', async () => {
    const api = start();
    const { datasets } = await api.ok('workspace:open', null);
    expect(await api.fails('dataset:delete', { datasetId: datasets[0].id })).toMatchObject({ code: 'dataset/last' });

    // A second dataset, written beside the service's own connection as an import would.
    const side = openStore(api.workspaceFile);
    const second = insertDataset(side, { name: 'Client export', source: 'client.csv' }, [lead('C1'), lead('C2')], [activity('C1', 'web_visit', T)]);
    side.close();
    await api.ok('dataset:open', { datasetId: second });
    await api.ok('scenario:create', { datasetId: second, name: 'Client idea', note: '', model: defaultModel() });

    const left = await api.ok('dataset:delete', { datasetId: second });
    expect(left.map((d) => d.id)).toEqual([datasets[0].id]);
    const check = openStore(api.workspaceFile);
    try {
      expect(check.prepare('SELECT count(*) FROM scenarios WHERE dataset_id = ?').pluck().get(second)).toBe(0);
      expect(check.prepare("SELECT count(*) FROM leads WHERE external_id LIKE 'C%'").pluck().get()).toBe(0);
      expect(check.prepare('SELECT count(*) FROM activities WHERE lead_id NOT IN (SELECT id FROM leads)').pluck().get()).toBe(0);
    } finally {
      check.close();
    }
    // The app opens on the dataset that is left.
    expect((await api.ok('workspace:open', null)).activeDatasetId).toBe(datasets[0].id);
    expect((await api.fails('dataset:delete', { datasetId: second })).code).toBe('dataset/not-found');
  });
});
