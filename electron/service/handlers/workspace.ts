import { ApiError, type WorkspaceSummary } from '../../../shared/api';
import {
  backUpWorkspace,
  getSetting,
  installRestored,
  listDatasets,
  removeWorkspaceFiles,
  stageRestore,
} from '../../store';
import { fileOf } from '../args';
import type { DomainHandlers, ServiceContext } from '../context';
import { importSampleWorkspace } from '../sample-workspace';
import { ACTIVE_DATASET } from './settings-keys';

export function workspaceHandlers({ options, live, imports }: ServiceContext): DomainHandlers<'workspace'> {
  // A workspace with no datasets gets the bundled sample, so the app never opens on an empty screen.
  function ensureSample(): Promise<void> {
    return live.seedOnce((db) =>
      listDatasets(db).length > 0
        ? Promise.resolve()
        : importSampleWorkspace(db, options.sampleFolder, (label, done, total) =>
            options.emit('progress', { task: 'sample', label, done, total }),
          ).then(() => undefined),
    );
  }

  async function summary(): Promise<WorkspaceSummary> {
    await ensureSample();
    const datasets = listDatasets(live.db);
    const remembered = Number(getSetting(live.db, ACTIVE_DATASET));
    const active = datasets.find((d) => d.id === remembered) ?? datasets[0];
    return { datasets, activeDatasetId: active?.id ?? null, dataFolder: options.dataFolder };
  }

  return {
    'workspace:open': () => summary(),
    async 'workspace:backup'(arg) {
      const file = fileOf(arg);
      return live.exclusive(() => backUpWorkspace(live.db, live.file, file));
    },
    async 'workspace:restore'(arg) {
      const file = fileOf(arg);
      if (imports.busy) {
        throw new ApiError('import/busy', 'An import is writing to this workspace. Wait for it to finish, or cancel it, before restoring a backup.');
      }
      await live.exclusive(async () => {
        // Everything that can be checked is checked on a copy while the workspace stays open.
        const staged = await stageRestore(file, live.file);
        try {
          await live.seedingSettled();
          // From here on synchronous, so no other call can reach the closed connection.
          live.replace((workspaceFile) => installRestored(workspaceFile, staged, file).db);
        } finally {
          removeWorkspaceFiles(staged);
        }
      });
      return summary();
    },
  };
}
