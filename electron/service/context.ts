import type { ApiEvents, ApiResult, Channel, EventName } from '../../shared/api';
import type { ImportRunner } from './import/runner';
import type { LiveWorkspace } from './live-workspace';
import type { WorkspaceShelf } from './workspace-shelf';

export interface ServiceOptions {
  /** Folder holding the workspace database (Electron's userData, or the web host's --data). */
  dataFolder: string;
  /** Folder with the bundled sample's CSV files. */
  sampleFolder: string;
  emit: <E extends EventName>(event: E, payload: ApiEvents[E]) => void;
  /**
   * The bundled import worker (scripts/build-node.mjs writes dist/electron/import-worker.cjs).
   * Defaults to import-worker.cjs beside the bundle running the service.
   */
  importWorkerFile?: string;
  /**
   * Whether imports write on a thread of their own while they read (import/writer-thread.ts).
   * By default each import decides from the machine's cores and the size of its files.
   */
  importWriterThread?: boolean;
}

/** Every argument arrives as unknown: the handlers validate before they trust it. */
export type ApiHandlers = { [C in Channel]: (arg: unknown) => Promise<ApiResult<C>> };

/**
 * The handlers of one domain, e.g. DomainHandlers<'scenario'> is every 'scenario:*' channel, so
 * the compiler flags a channel added to the contract but not to its domain's map.
 */
export type DomainHandlers<D extends string> = Pick<ApiHandlers, Extract<Channel, `${D}:${string}`>>;

/** What every domain's handlers share. */
export interface ServiceContext {
  options: ServiceOptions;
  /** The open workspace; read `live.db` at each call, since a restore replaces the connection. */
  live: LiveWorkspace;
  /** The data folder's named workspaces, of which `live` is the open one. */
  shelf: WorkspaceShelf;
  /** Runs imports one at a time in a worker thread. */
  imports: ImportRunner;
}
