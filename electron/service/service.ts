import path from 'node:path';
import type { ApiHandlers, ServiceContext, ServiceOptions } from './context';
import { datasetHandlers } from './handlers/dataset';
import { dialogHandlers } from './handlers/dialog';
import { importHandlers } from './handlers/import';
import { modelHandlers } from './handlers/model';
import { scenarioHandlers } from './handlers/scenario';
import { versionHandlers } from './handlers/version';
import { workspaceHandlers } from './handlers/workspace';
import { ImportRunner } from './import/runner';
import { clearUploads } from './import/uploads';
import { LiveWorkspace } from './live-workspace';
import { WorkspaceShelf } from './workspace-shelf';

export type { ApiHandlers, ServiceOptions } from './context';

export interface Service {
  handlers: ApiHandlers;
  close(): void;
}

/** The Api over the workspace in `dataFolder`: one handler map per domain, composed here. */
export function createService(options: ServiceOptions): Service {
  const shelf = new WorkspaceShelf(options.dataFolder);
  const opening = shelf.activeName();
  const live = new LiveWorkspace(shelf.fileOf(opening));
  shelf.remember(opening);
  const workerFile = options.importWorkerFile ?? path.join(__dirname, 'import-worker.cjs');
  const imports = new ImportRunner(workerFile, (progress) => options.emit('progress', progress), options.importWriterThread);
  // No import can be running yet, so any upload still there was left by a crash or a closed tab.
  clearUploads(options.dataFolder);
  const context: ServiceContext = { options, live, shelf, imports };
  const handlers: ApiHandlers = {
    ...workspaceHandlers(context),
    ...datasetHandlers(context),
    ...modelHandlers(context),
    ...scenarioHandlers(context),
    ...versionHandlers(context),
    ...importHandlers(context),
    ...dialogHandlers(),
  };
  return {
    handlers,
    close: () => {
      // A running import has a connection of its own; stopping it rolls its transaction back.
      void imports.close();
      live.close();
    },
  };
}
