import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeLeadTable } from '../../../shared/engine/lead-table-codec';
import { defaultModel } from '../../../shared/model/default-model';
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../../electron/web-host/server';

const sampleFolder = path.join(__dirname, '..', '..', 'fixtures', 'mini-sample');
let dataFolder: string;
let staticFolder: string;
let host: WebHost;
let origin: string;

/** node:http, because fetch will not send a Host header other than the URL's. */
function statusWithHost(hostHeader: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${origin}/health`, { headers: { host: hostHeader } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
    request.end();
  });
}

async function call(channel: string, arg: unknown, headers: Record<string, string> = {}) {
  return fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token, ...headers },
    body: JSON.stringify(arg),
  });
}

beforeAll(async () => {
  dataFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'mql-host-'));
  staticFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'mql-static-'));
  fs.writeFileSync(path.join(staticFolder, 'index.html'), '<!doctype html><title>MQL Lab</title>');
  host = await startWebHost({ port: 0, dataFolder, sampleFolder, staticFolder, token: 'secret-token' });
  origin = new URL(host.url).origin;
});

afterAll(async () => {
  await host.close();
  fs.rmSync(dataFolder, { recursive: true, force: true });
  fs.rmSync(staticFolder, { recursive: true, force: true });
});

describe('web host', () => {
  it('prints a 127.0.0.1 URL carrying its token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=secret-token$/);
  });

  it('opens the workspace on the sample on first start, once, however many ask at once', async () => {
    const replies = await Promise.all([call('workspace:open', null), call('workspace:open', null)]);
    const bodies = await Promise.all(replies.map((r) => r.json()));
    for (const body of bodies) {
      expect(body.ok).toBe(true);
      expect(body.value.datasets).toHaveLength(1);
      expect(body.value.datasets[0]).toMatchObject({ leads: 3, activities: 6 });
    }
    expect(fs.existsSync(path.join(dataFolder, 'workspaces', 'My workspace.sqlite'))).toBe(true);
    expect(bodies[0].value.workspaceName).toBe('My workspace');
  });

  it('serves the lead table as binary and the baseline as the default model', async () => {
    const { value: workspace } = await (await call('workspace:open', null)).json();
    const datasetId = workspace.activeDatasetId;
    const opened = await (await call('dataset:open', { datasetId })).json();
    expect(opened.value.baseline.model).toEqual(defaultModel());
    const reply = await call('dataset:table', { datasetId });
    expect(reply.headers.get('content-type')).toBe('application/octet-stream');
    const table = decodeLeadTable(await reply.arrayBuffer());
    expect(table.n).toBe(3);
    expect(table.channel.values).toEqual(['Events', 'Display', 'Organic Search']);
  });

  it('keeps the autosaved working model and rejects an invalid one with the reason', async () => {
    const { value: workspace } = await (await call('workspace:open', null)).json();
    const datasetId = workspace.activeDatasetId;
    const model = { ...defaultModel(), threshold: 72 };
    expect((await (await call('model:save-working', { datasetId, model })).json()).ok).toBe(true);
    const bad = await (await call('model:save-working', { datasetId, model: { ...model, threshold: -5 } })).json();
    expect(bad).toEqual({ ok: false, error: { code: 'model/invalid', message: expect.stringContaining('threshold must be between 0 and 200, got -5') } });
    const opened = await (await call('dataset:open', { datasetId })).json();
    expect(opened.value.workingModel.threshold).toBe(72);
  });

  it('rejects calls without the token, from a foreign origin or Host, and unknown channels', async () => {
    expect((await call('workspace:open', null, { [TOKEN_HEADER]: 'wrong' })).status).toBe(401);
    expect((await call('workspace:open', null, { origin: 'http://evil.example' })).status).toBe(403);
    expect(await statusWithHost('evil.example')).toBe(421); // a DNS-rebinding page
    expect(await statusWithHost(new URL(origin).host)).toBe(200);
    const unknown = await (await call('dataset:drop-everything', null)).json();
    expect(unknown.error.code).toBe('api/unknown-channel');
    const badArg = await (await call('dataset:open', { datasetId: 'one' })).json();
    expect(badArg.error).toEqual({ code: 'api/bad-argument', message: 'datasetId must be a whole number.' });
  });

  it('serves the renderer but nothing outside its folder', async () => {
    expect((await fetch(`${origin}/`)).status).toBe(200);
    expect((await fetch(`${origin}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });
});

describe('lead identities', () => {
  it('names the leads at rows of the lead table, in the table’s order', async () => {
    const { value: workspace } = await (await call('workspace:open', null)).json();
    const reply = await (await call('dataset:lead-identities', { datasetId: workspace.activeDatasetId, rows: [2, 0, 7] })).json();
    expect(reply.value).toEqual([
      { row: 2, externalId: 'L3', email: 'cy@quarlo.com', company: 'Quarlo' },
      { row: 0, externalId: 'L1', email: 'ana@norvane.io', company: 'Norvane Systems, Inc.' },
    ]);
    const bad = await (await call('dataset:lead-identities', { datasetId: workspace.activeDatasetId, rows: 'all' })).json();
    expect(bad.error.code).toBe('api/bad-argument');
  });
});
