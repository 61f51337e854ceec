import { useEffect, useState } from 'react';
import type { WorkspaceEntry } from '../../../../shared/api';
import { api } from '../../api/client';
import { formatCount } from '../../format';
import { useLab } from '../../state/lab-store';
import { useView } from '../../state/view-store';
import { DatasetList } from './DatasetList';
import { PathField } from './PathField';
import { WorkspaceRow } from './WorkspaceRow';
import { ListHead } from './ListHead';

/**
 * The workspaces in the data folder (open, rename, delete, create) and the one open now backed up
 * to a single file or replaced by a backup: how a consultant keeps clients apart and carries a
 * workspace to another laptop. Opening another workspace, or restoring, starts the app afresh on it.
 */
export function WorkspaceDialog() {
  const close = useView((s) => s.setWorkspacesOpen);
  const showError = useLab((s) => s.showError);
  const dataFolder = useLab((s) => s.dataFolder) ?? '';
  const workspaceName = useLab((s) => s.workspaceName) ?? 'workspace';
  const separator = dataFolder.includes('\\') ? '\\' : '/';
  const backupName = `${workspaceName} backup ${new Date().toISOString().slice(0, 10)}.sqlite`;
  const [workspaces, setWorkspaces] = useState<WorkspaceEntry[]>([]);
  const [newName, setNewName] = useState('');
  const [backupPath, setBackupPath] = useState(`${dataFolder}${separator}${backupName}`);
  const [restorePath, setRestorePath] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  /** Runs a call with the buttons disabled; false when it failed (the error is shown). */
  async function run(work: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    try {
      await work();
      return true;
    } catch (error) {
      showError(error instanceof Error ? error.message : String(error));
      return false;
    } finally {
      setBusy(false);
    }
  }

  // Listed once on opening; every change below shows the list the service returns.
  useEffect(() => {
    api['workspace:list'](null).then(setWorkspaces, (error: unknown) => showError(error instanceof Error ? error.message : String(error)));
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && close(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close, showError]);

  // Everything on screen belongs to the workspace that was open: start afresh on the other one.
  const openWorkspace = (name: string) =>
    run(async () => {
      await api['workspace:switch']({ name });
      window.location.reload();
    });

  return (
    <div className="memo-backdrop" role="dialog" aria-modal="true" aria-labelledby="workspace-title">
      <div className="workspace-dialog">
        <h2 id="workspace-title" className="panel-title">
          Workspaces
        </h2>
        <p className="panel-help">
          Each workspace is one file — its datasets, scenarios and versions — in {dataFolder}
          {separator}workspaces. Keep one per client or per quarter; back one up to carry it to another laptop.
        </p>
        <table className="data-table workspace-table" aria-label="Workspaces">
          <ListHead columns={['Name', 'Size', 'Changed']} />
          <tbody>
            {workspaces.map((w) => (
              <WorkspaceRow
                key={w.name}
                workspace={w}
                busy={busy}
                onOpen={() => void openWorkspace(w.name)}
                onRename={(to) => run(async () => setWorkspaces(await api['workspace:rename']({ name: w.name, newName: to })))}
                onDelete={() => {
                  if (!window.confirm(`Delete the workspace “${w.name}” with all its datasets, scenarios and versions? This cannot be undone.`)) return;
                  void run(async () => {
                    setWorkspaces(await api['workspace:delete']({ name: w.name }));
                    setStatus(`Deleted “${w.name}”.`);
                  });
                }}
              />
            ))}
          </tbody>
        </table>
        <form
          className="inline-field"
          onSubmit={(event) => {
            event.preventDefault();
            const name = newName.trim();
            void run(async () => {
              await api['workspace:create']({ name });
              await api['workspace:switch']({ name });
              window.location.reload();
            });
          }}
        >
          <input aria-label="New workspace name" placeholder="New workspace, e.g. Acme GmbH" value={newName} onChange={(e) => setNewName(e.target.value)} />
          <button type="submit" className="button-secondary" disabled={busy || newName.trim() === ''}>
            Create and open
          </button>
        </form>

        <h3 className="workspace-subtitle">Datasets in “{workspaceName}”</h3>
        <DatasetList busy={busy} run={run} onDeleted={(name) => setStatus(`Deleted the dataset “${name}”.`)} />

        <h3 className="workspace-subtitle">Back up or restore “{workspaceName}”</h3>
        <PathField
          label="Back up to"
          ariaLabel="Backup file"
          value={backupPath}
          onChange={setBackupPath}
          run={run}
          choose={async () => (await api['dialog:save-path']({ title: 'Back up the workspace to', fileName: backupName })).file}
        />
        <button
          type="button"
          className="button-primary"
          disabled={busy || backupPath.trim() === ''}
          onClick={() =>
            void run(async () => {
              const done = await api['workspace:backup']({ file: backupPath.trim() });
              setStatus(`Backed up to ${done.file} (${formatCount(Math.round(done.bytes / 1024))} KB).`);
            })
          }
        >
          Back up workspace
        </button>
        <PathField
          label="Restore from"
          ariaLabel="Backup to restore"
          placeholder="Full path of a backup file"
          value={restorePath}
          onChange={setRestorePath}
          run={run}
          choose={async () => (await api['dialog:open-file']({ title: 'Backup to restore', multiple: false, kind: 'backup' })).sources[0] ?? null}
        />
        <button
          type="button"
          className="button-secondary danger-outline"
          disabled={busy || restorePath.trim() === ''}
          onClick={() => {
            if (!window.confirm(`Replace “${workspaceName}” with the backup? The current one is kept beside it as a .bak file.`)) return;
            void run(async () => {
              await api['workspace:restore']({ file: restorePath.trim() });
              window.location.reload();
            });
          }}
        >
          Restore backup
        </button>
        {status && (
          <p className="undo-bar" role="status">
            {status}
          </p>
        )}
        <button type="button" className="button-secondary" onClick={() => close(false)}>
          Close
        </button>
      </div>
    </div>
  );
}
