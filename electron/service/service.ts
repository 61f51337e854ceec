import path from 'node:path';
import type { ApiHandlers, ServiceContext, ServiceOptions } from './context';
import { datasetHandlers } from './handlers/dataset';
import { modelHandlers } from './handlers/model';
import { scenarioHandlers } from './handlers/scenario';
import { versionHandlers } from './handlers/version';
import { workspaceHandlers } from './handlers/workspace';
import { LiveWorkspace } from './live-workspace';

export type { ApiHandlers, ServiceOptions } from './context';

export interface Service {
  handlers: ApiHandlers;
  close(): void;
}

export const WORKSPACE_FILE = 'workspace.sqlite';

/** The Api over the workspace in `dataFolder`: one handler map per domain, composed here. */
export function createService(options: ServiceOptions): Service {
  const context: ServiceContext = { options, live: new LiveWorkspace(path.join(options.dataFolder, WORKSPACE_FILE)) };
  const handlers: ApiHandlers = {
    ...workspaceHandlers(context),
    ...datasetHandlers(context),
    ...modelHandlers(context),
    ...scenarioHandlers(context),
    ...versionHandlers(context),
  };
  return { handlers, close: () => context.live.close() };
}
