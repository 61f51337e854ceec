import type { ApiReply } from '../../../shared/api';
import { ServiceError, type Transport } from './transport';

const TOKEN_KEY = 'mql-lab-token';

/**
 * The web host's transport. The token arrives once in the page URL; it is kept for this tab's
 * session and removed from the address bar, so a reload works and a screenshot does not show it.
 */
export function createHttpTransport(): Transport {
  const params = new URLSearchParams(window.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    window.history.replaceState(null, '', window.location.pathname + (query ? `?${query}` : ''));
  }
  const token = fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';

  return {
    async invoke(channel, arg) {
      const response = await fetch(`api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-mql-token': token },
        body: JSON.stringify(arg ?? null),
      });
      if (response.status === 401) {
        throw new ServiceError('api/unauthorized', 'This page has no valid access token. Open the address printed by `npm run web`.');
      }
      if (response.headers.get('content-type') === 'application/octet-stream') return response.arrayBuffer();
      const reply = (await response.json()) as ApiReply;
      if (!reply.ok) throw new ServiceError(reply.error.code, reply.error.message);
      return reply.value;
    },
    // The browser cannot hand the service a path, so the file is streamed to the web host.
    async upload(file) {
      const response = await fetch(`upload?name=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { 'x-mql-token': token, 'content-type': 'application/octet-stream' },
        body: file,
      });
      if (response.status === 401) {
        throw new ServiceError('api/unauthorized', 'This page has no valid access token. Open the address printed by `npm run web`.');
      }
      const reply = (await response.json()) as ApiReply;
      if (!reply.ok) throw new ServiceError(reply.error.code, reply.error.message);
      return (reply.value as { source: string }).source;
    },
    nativeDialogs: false,
    subscribe(listener) {
      const source = new EventSource(`api/events?token=${encodeURIComponent(token)}`);
      const forward = (event: MessageEvent<string>) => listener(event.type, JSON.parse(event.data));
      source.addEventListener('progress', forward);
      return () => source.close();
    },
  };
}
