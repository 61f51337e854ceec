import { useState } from 'react';
import type { WorkspaceEntry } from '../../../../shared/api';
import { formatCount } from '../../format';

interface Props {
  workspace: WorkspaceEntry;
  busy: boolean;
  onOpen(): void;
  /** Resolves true once renamed; false leaves the name open for another try. */
  onRename(to: string): Promise<boolean>;
  onDelete(): void;
}

const changed = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** One workspace: open it, rename it in place, or delete it (never the open one). */
export function WorkspaceRow({ workspace, busy, onOpen, onRename, onDelete }: Props) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const { name, active } = workspace;
  return (
    <tr className={active ? 'workspace-active' : undefined} data-workspace={name}>
      <th scope="row">
        {renaming === null ? (
          <>
            {name} {active && <span className="flag flag-real">open now</span>}
          </>
        ) : (
          <form
            className="inline-field"
            onSubmit={(event) => {
              event.preventDefault();
              void onRename(renaming).then((renamed) => renamed && setRenaming(null));
            }}
          >
            <input aria-label={`New name for ${name}`} value={renaming} onChange={(e) => setRenaming(e.target.value)} autoFocus />
            <button type="submit" className="link-button" disabled={busy || renaming.trim() === ''}>
              Save
            </button>
            <button type="button" className="link-button" onClick={() => setRenaming(null)}>
              Cancel
            </button>
          </form>
        )}
      </th>
      <td>{formatCount(Math.max(1, Math.round(workspace.bytes / 1024)))} KB</td>
      <td>{changed.format(workspace.modifiedAt)}</td>
      <td className="workspace-actions">
        {!active && (
          <button type="button" className="link-button" disabled={busy} onClick={onOpen} aria-label={`Open ${name}`}>
            Open
          </button>
        )}
        <button type="button" className="link-button" disabled={busy || renaming !== null} onClick={() => setRenaming(name)} aria-label={`Rename ${name}`}>
          Rename
        </button>
        <button
          type="button"
          className="link-button danger"
          disabled={busy || active}
          title={active ? 'Open another workspace first to delete this one' : undefined}
          onClick={onDelete}
          aria-label={`Delete ${name}`}
        >
          Delete
        </button>
      </td>
    </tr>
  );
}
