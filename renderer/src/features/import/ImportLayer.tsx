import { useCallback } from 'react';
import { useImport } from '../../state/import-store';
import { ImportWizard } from './ImportWizard';
import { useFileDrop } from './use-file-drop';

/** The wizard when open, and the window-wide drop target that opens it with the dropped files. */
export function ImportLayer() {
  const open = useImport((s) => s.open);
  const busy = useImport((s) => s.busy);
  const onDrop = useCallback((files: File[]) => {
    const state = useImport.getState();
    if (state.busy) return;
    if (state.open) void state.addFiles(files);
    else state.start(files);
  }, []);
  const dragging = useFileDrop(onDrop);
  return (
    <>
      {open && <ImportWizard />}
      {dragging && !busy && (
        <div className="import-drop-overlay" aria-hidden="true">
          <div className="import-drop-overlay-box">
            <span className="import-drop-icon">⇪</span>
            Drop CSV files to import them
          </div>
        </div>
      )}
    </>
  );
}
