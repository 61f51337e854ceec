import fs from 'node:fs';
import type http from 'node:http';
import { pipeline } from 'node:stream/promises';
import { Transform, type TransformCallback } from 'node:stream';
import type { ApiReply } from '../../shared/api';
import { newUploadPath } from '../service/import/uploads';

/** Larger than any CRM export we expect (a million leads is about 200 MB), small enough to fit a disk. */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

/**
 * POST /upload?name=leads.csv: the browser's stand-in for a file path. The body is streamed to
 * a file under the data folder's uploads/, never held in memory, and the path is returned for
 * the import calls; the service removes it after the import runs.
 */
export async function handleUpload(dataFolder: string, url: URL, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const name = url.searchParams.get('name') ?? '';
  if (name.trim() === '') return send(response, 400, failure('upload/bad-request', 'The upload needs the file name: POST /upload?name=leads.csv.'));
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (declared > MAX_UPLOAD_BYTES) return send(response, 413, tooLarge(name));
  const target = newUploadPath(dataFolder, name);
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      size += chunk.length;
      done(size > MAX_UPLOAD_BYTES ? new UploadTooLarge() : null, chunk);
    },
  });
  try {
    await pipeline(request, limit, fs.createWriteStream(target, { flags: 'wx' }));
    send(response, 200, { ok: true, value: { source: target } });
  } catch (error) {
    fs.rmSync(target, { force: true });
    if (error instanceof UploadTooLarge) return send(response, 413, tooLarge(name));
    const reason = error instanceof Error ? error.message : String(error);
    send(response, 500, failure('upload/failed', `${name} could not be received (${reason}). Try again.`));
  }
}

class UploadTooLarge extends Error {}

function tooLarge(name: string): ApiReply {
  return failure('upload/too-large', `${name} is larger than ${MAX_UPLOAD_BYTES / 1024 ** 3} GB, the most the browser version takes. Split the export, or use the desktop app.`);
}

function failure(code: string, message: string): ApiReply {
  return { ok: false, error: { code, message } };
}

function send(response: http.ServerResponse, status: number, body: ApiReply): void {
  if (response.headersSent) return void response.end();
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}
