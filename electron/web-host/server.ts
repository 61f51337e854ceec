import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { ApiEvents, EventName } from '../../shared/api';
import { dispatch } from '../service/dispatch';
import { createService } from '../service/service';
import { handleUpload } from './upload';

export interface WebHostOptions {
  port: number;
  dataFolder: string;
  sampleFolder: string;
  /** Built renderer (Vite's output). */
  staticFolder: string;
  /** The bundled import worker; see ServiceOptions.importWorkerFile. */
  importWorkerFile?: string;
  token?: string;
}

export interface WebHost {
  url: string;
  token: string;
  close(): Promise<void>;
}

export const TOKEN_HEADER = 'x-mql-token';
const MAX_BODY_BYTES = 64 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * The browser host: serves the built renderer and the same service the desktop app runs, over
 * HTTP on 127.0.0.1. The API needs the per-run token and a Host/Origin of this very server, so
 * neither another local user's page nor a DNS-rebinding site can drive it.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? crypto.randomBytes(18).toString('base64url');
  const subscribers = new Set<http.ServerResponse>();
  const emit = <E extends EventName>(event: E, payload: ApiEvents[E]) => {
    for (const response of subscribers) response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  };
  const service = createService({
    dataFolder: options.dataFolder,
    sampleFolder: options.sampleFolder,
    importWorkerFile: options.importWorkerFile,
    emit,
  });
  let port = options.port;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!allowedHosts().includes(request.headers.host ?? '')) return reply(response, 421, 'Unknown Host header.');
    const origin = request.headers.origin;
    if (origin && !allowedHosts().some((h) => origin === `http://${h}`)) return reply(response, 403, 'Foreign origin.');
    if (url.pathname === '/health') return reply(response, 200, 'ok');
    if (url.pathname === '/api/events') {
      if (url.searchParams.get('token') !== token) return reply(response, 401, 'Missing or wrong token.');
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      response.write(': connected\n\n');
      subscribers.add(response);
      request.on('close', () => subscribers.delete(response));
      return;
    }
    if (url.pathname === '/upload') {
      if (request.method !== 'POST') return reply(response, 405, 'Use POST.');
      if (request.headers[TOKEN_HEADER] !== token) return reply(response, 401, 'Missing or wrong token.');
      return void handleUpload(options.dataFolder, url, request, response);
    }
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return reply(response, 405, 'Use POST.');
      if (request.headers[TOKEN_HEADER] !== token) return reply(response, 401, 'Missing or wrong token.');
      return void handleApi(decodeURIComponent(url.pathname.slice('/api/'.length)), request, response);
    }
    serveStatic(options.staticFolder, url.pathname, response);
  });

  async function handleApi(channel: string, request: http.IncomingMessage, response: http.ServerResponse) {
    let arg: unknown;
    try {
      const body = await readBody(request);
      arg = body.length > 0 ? JSON.parse(body.toString('utf8')) : null;
    } catch (error) {
      return sendJson(response, 400, { ok: false, error: { code: 'api/bad-request', message: String(error) } });
    }
    const result = await dispatch(service.handlers, channel, arg);
    if (result.ok && result.value instanceof ArrayBuffer) {
      response.writeHead(200, { 'content-type': 'application/octet-stream', 'cache-control': 'no-store' });
      return void response.end(Buffer.from(result.value));
    }
    sendJson(response, result.ok ? 200 : 400, result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address && typeof address === 'object') port = address.port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of subscribers) response.end();
        server.close(() => {
          service.close();
          resolve();
        });
      }),
  };
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request body too large.'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function sendJson(response: http.ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

function reply(response: http.ServerResponse, status: number, text: string) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

function serveStatic(root: string, pathname: string, response: http.ServerResponse) {
  const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  // Refuse anything that resolves outside the renderer folder (e.g. /../../etc/passwd).
  if (!file.startsWith(path.resolve(root) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    return reply(response, 404, 'Not found.');
  }
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
  });
  fs.createReadStream(file).pipe(response);
}
