import { ApiError, type WorkspaceSummary } from '../../../shared/api';
import {
  backUpWorkspace,
  getSetting,
  installRestored,
  listDatasets,
  openStore,
  removeWorkspaceFiles,
  stageRestore,
} from '../../store';
import { fileOf, objectArg, textOf } from '../args';
import type { DomainHandlers, ServiceContext } from '../context';
import { importSampleWorkspace } from '../sample-workspace';
import { ACTIVE_DATASET } from './settings-keys';

export function workspaceHandlers({ options, live, shelf, imports }: ServiceContext): DomainHandlers<'workspace'> {
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
    return { datasets, activeDatasetId: active?.id ?? null, dataFolder: options.dataFolder, workspaceName: openName() };
  }

  const openName = () => shelf.nameOf(live.file);
  const entries = () => shelf.list(openName());

  function refuseDuringImport(action: string): void {
    if (imports.busy) throw new ApiError('import/busy', `An import is writing to this workspace. Wait for it to finish, or cancel it, before ${action}.`);
  }

  /** Opens another file as the live workspace once nothing is writing to the one open now. */
  function reopen(name: string, move?: { run(): void; undo(): void }): Promise<void> {
    return live.exclusive(async () => {
      await live.seedingSettled();
      live.reopen(shelf.fileOf(name), move);
      shelf.remember(name);
    });
  }

  return {
    'workspace:open': () => summary(),
    async 'workspace:list'() {
      return entries();
    },
    async 'workspace:create'(arg) {
      const name = shelf.checkNewName(textOf(arg, { key: 'name', subject: 'A workspace name', max: 200 }));
      // Created with its tables now, so a name that cannot become a file fails here, not on opening.
      openStore(shelf.fileOf(name)).close();
      return entries();
    },
    async 'workspace:switch'(arg) {
      const name = shelf.existing(objectArg(arg).name);
      if (name !== openName()) {
        refuseDuringImport('opening another workspace');
        await reopen(name);
      }
      return summary();
    },
    async 'workspace:rename'(arg) {
      const from = shelf.existing(objectArg(arg).name);
      const to = shelf.checkNewName(textOf(arg, { key: 'newName', subject: 'A workspace name', max: 200 }), from);
      if (to === from) return entries();
      if (from !== openName()) shelf.rename(from, to);
      else {
        refuseDuringImport('renaming it');
        await reopen(to, { run: () => shelf.rename(from, to), undo: () => shelf.rename(to, from) });
      }
      return entries();
    },
    async 'workspace:delete'(arg) {
      const name = shelf.existing(objectArg(arg).name);
      if (name === openName()) {
        throw new ApiError('workspace/open', `"${name}" is the workspace open now. Open another workspace first, then delete this one.`);
      }
      shelf.remove(name);
      return entries();
    },
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
