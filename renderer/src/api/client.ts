import { CHANNELS, type Api, type ApiEvents, type EventName } from '../../../shared/api';
import { createHttpTransport } from './http-transport';
import { createIpcTransport, type PreloadBridge } from './ipc-transport';
import type { EventListener, Transport } from './transport';

declare global {
  interface Window {
    mqlLab?: PreloadBridge;
  }
}

/** Chosen once at start: the preload's bridge inside Electron, HTTP in a browser. */
const transport: Transport = window.mqlLab ? createIpcTransport(window.mqlLab) : createHttpTransport();

export const api = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (arg: unknown) => transport.invoke(channel, arg)]),
) as unknown as Api;

/** A path the service can import the file from: on disk in the desktop app, uploaded in the browser. */
export function uploadFile(file: File): Promise<string> {
  return transport.upload(file);
}

/** The desktop app shows native file dialogs; the browser uses a file input instead. */
export const hasNativeDialogs = transport.nativeDialogs;

export function onApiEvent<E extends EventName>(name: E, listener: EventListener<E>): () => void {
  return transport.subscribe((event, payload) => {
    if (event === name) listener(payload as ApiEvents[E]);
  });
}
