import type { ApiReply } from '../../../shared/api';
import { ServiceError, type Transport } from './transport';

/** What electron/preload exposes on window; nothing else of Electron reaches the page. */
export interface PreloadBridge {
  invoke(channel: string, arg: unknown): Promise<unknown>;
  on(listener: (event: string, payload: unknown) => void): () => void;
}

export function createIpcTransport(bridge: PreloadBridge): Transport {
  return {
    async invoke(channel, arg) {
      const reply = (await bridge.invoke(channel, arg)) as ApiReply;
      if (!reply.ok) throw new ServiceError(reply.error.code, reply.error.message);
      return reply.value;
    },
    subscribe: (listener) => bridge.on(listener),
  };
}
