import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../../electron/web-host/server';
import { fixture } from './import-files';
import { buildImportWorker } from './import-worker';

const sampleFolder = path.join(__dirname, '..', '..', 'fixtures', 'mini-sample');
let dataFolder: string;
let staticFolder: string;
let host: WebHost;
let origin: string;

beforeAll(async () => {
  dataFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'mql-upload-'));
  staticFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'mql-static-'));
  fs.writeFileSync(path.join(staticFolder, 'index.html'), '<!doctype html><title>MQL Lab</title>');
  host = await startWebHost({ port: 0, dataFolder, sampleFolder, staticFolder, token: 'upload-token', importWorkerFile: buildImportWorker() });
  origin = new URL(host.url).origin;
});

afterAll(async () => {
  await host.close();
  fs.rmSync(dataFolder, { recursive: true, force: true });
  fs.rmSync(staticFolder, { recursive: true, force: true });
});

async function call(channel: string, arg: unknown) {
  const response = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify(arg),
  });
  return response.json();
}

function upload(name: string, bytes: Buffer, token = host.token) {
  const body = new Blob([new Uint8Array(bytes)]);
  return fetch(`${origin}/upload?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { [TOKEN_HEADER]: token }, body });
}

describe('web host uploads', () => {
  it('streams a file to the uploads folder, imports it by its path and removes it after the run', async () => {
    const response = await upload('european-semicolon.csv', fs.readFileSync(fixture('european-semicolon.csv')));
    expect(response.status).toBe(200);
    const { value } = await response.json();
    expect(path.basename(value.source)).toBe('european-semicolon.csv');
    expect(value.source.startsWith(path.join(dataFolder, 'uploads') + path.sep)).toBe(true);
    expect(fs.readFileSync(value.source)).toEqual(fs.readFileSync(fixture('european-semicolon.csv')));

    await call('workspace:open', null);
    const inspection = (await call('import:inspect', { source: value.source, kind: 'leads' })).value;
    expect(inspection.fileName).toBe('european-semicolon.csv');
    const leads = { source: value.source, mapping: inspection.mapping, formats: inspection.formats, crm: inspection.crm };
    const report = (await call('import:run', { leads, badRows: 'fail', target: { mode: 'new', name: 'Uploaded' } })).value;
    expect(report).toMatchObject({ status: 'imported', leads: 4 });
    expect(fs.existsSync(value.source)).toBe(false);
  });

  it('keeps a file name safe and refuses uploads without the token or over the size limit', async () => {
    const sneaky = await (await upload('../../etc/passwd', Buffer.from('x'))).json();
    expect(path.basename(sneaky.value.source)).toBe('passwd');
    expect(path.dirname(path.dirname(sneaky.value.source))).toBe(path.join(dataFolder, 'uploads'));
    expect((await upload('a.csv', Buffer.from('x'), 'wrong')).status).toBe(401);
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${origin}/upload?name=huge.csv`, {
        method: 'POST',
        headers: { [TOKEN_HEADER]: host.token, 'content-length': String(3 * 1024 ** 3) },
      });
      request.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
        request.destroy();
      });
      request.on('error', reject);
      request.flushHeaders();
    });
    expect(status).toBe(413);
  });

  it('says the native file dialog is the desktop app’s', async () => {
    const reply = await call('dialog:open-file', { title: 'Choose', multiple: false });
    expect(reply.error.code).toBe('dialog/unavailable');
  });
});
