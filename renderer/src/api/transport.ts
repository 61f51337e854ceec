import type { ApiErrorShape, ApiEvents, EventName } from '../../../shared/api';

/** How a call reaches the service: Electron IPC or the web host's HTTP. */
export interface Transport {
  invoke(channel: string, arg: unknown): Promise<unknown>;
  subscribe(listener: (event: string, payload: unknown) => void): () => void;
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
