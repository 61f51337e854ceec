import type { ApiReply } from '../../../shared/api';
import { ServiceError, type Transport } from './transport';

/** What electron/preload exposes on window; nothing else of Electron reaches the page. */
export interface PreloadBridge {
  invoke(channel: string, arg: unknown): Promise<unknown>;
  on(listener: (event: string, payload: unknown) => void): () => void;
  /** webUtils.getPathForFile: the path of a chosen or dropped file ('' when it has none). */
  pathForFile(file: File): string;
}

export function createIpcTransport(bridge: PreloadBridge): Transport {
  return {
    async invoke(channel, arg) {
      const reply = (await bridge.invoke(channel, arg)) as ApiReply;
      if (!reply.ok) throw new ServiceError(reply.error.code, reply.error.message);
      return reply.value;
    },
    subscribe: (listener) => bridge.on(listener),
    // The desktop service reads files where they are, so nothing is copied.
    async upload(file) {
      const path = bridge.pathForFile(file);
      if (path === '') throw new ServiceError('upload/no-path', `${file.name} is not a file on this computer's disk, so it cannot be imported. Save it to a folder first.`);
      return path;
    },
    nativeDialogs: true,
  };
}
