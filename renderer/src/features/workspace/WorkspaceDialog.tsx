import { useState } from 'react';
import { api, hasNativeDialogs } from '../../api/client';
import { formatCount } from '../../format';
import { useLab } from '../../state/lab-store';

/**
 * Back up the whole workspace to one file, or restore one: how a consultant carries a workspace
 * to another laptop. The service checks a backup before it replaces anything and keeps the
 * replaced workspace beside it.
 */
export function WorkspaceDialog({ dataFolder, onClose }: { dataFolder: string; onClose(): void }) {
  const showError = useLab((s) => s.showError);
  const separator = dataFolder.includes('\\') ? '\\' : '/';
  const [backupPath, setBackupPath] = useState(`${dataFolder}${separator}mql-lab-backup-${new Date().toISOString().slice(0, 10)}.sqlite`);
  const [restorePath, setRestorePath] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function run(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      showError(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="memo-backdrop" role="dialog" aria-modal="true" aria-labelledby="workspace-title">
      <div className="workspace-dialog">
        <h2 id="workspace-title" className="panel-title">
          Workspace
        </h2>
        <p className="panel-help">Everything — datasets, scenarios, versions — lives in one file in {dataFolder}.</p>
        <label className="memo-field">
          <span>Back up to</span>
          <input aria-label="Backup file" value={backupPath} onChange={(e) => setBackupPath(e.target.value)} />
        </label>
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
        <label className="memo-field">
          <span>Restore from</span>
          <span className="inline-field">
            <input aria-label="Backup to restore" value={restorePath} onChange={(e) => setRestorePath(e.target.value)} placeholder="Full path of a backup file" />
            {hasNativeDialogs && (
              <button
                type="button"
                className="button-secondary"
                onClick={() =>
                  void run(async () => {
                    const { sources } = await api['dialog:open-file']({ title: 'Backup to restore', multiple: false });
                    if (sources[0]) setRestorePath(sources[0]);
                  })
                }
              >
                Choose…
              </button>
            )}
          </span>
        </label>
        <button
          type="button"
          className="button-secondary danger-outline"
          disabled={busy || restorePath.trim() === ''}
          onClick={() => {
            if (!window.confirm('Replace this workspace with the backup? The current one is kept beside it as a .bak file.')) return;
            void run(async () => {
              await api['workspace:restore']({ file: restorePath.trim() });
              // Everything on screen belongs to the replaced workspace: start afresh.
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
        <button type="button" className="button-secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
