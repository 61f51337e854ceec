import type { ApiErrorShape, ApiEvents, EventName } from '../../../shared/api';

/** How a call reaches the service: Electron IPC or the web host's HTTP. */
export interface Transport {
  invoke(channel: string, arg: unknown): Promise<unknown>;
  subscribe(listener: (event: string, payload: unknown) => void): () => void;
  /** A path the service can read the file at: its own path on disk, or where it was uploaded. */
  upload(file: File): Promise<string>;
  /** Whether 'dialog:open-file' shows a native dialog (the desktop app) or fails (the browser). */
  nativeDialogs: boolean;
}

/** An error from the service, carrying the code and the message to show the user. */
export class ServiceError extends Error implements ApiErrorShape {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type EventListener<E extends EventName> = (payload: ApiEvents[E]) => void;
