import { useImport } from '../../state/import-store';
import { ProgressBar } from './ProgressBar';

/** Step 7: the import running off the app's thread, with a working Cancel in the footer. */
export function ProgressStep() {
  const progress = useImport((s) => s.progress);
  const busy = useImport((s) => s.busy);
  const error = useImport((s) => s.error);
  return (
    <div className="import-step">
      <p className="import-lead">
        {busy
          ? 'Importing. Everything is written in one transaction: until it finishes, your workspace is exactly as it was, and Cancel leaves it so.'
          : 'The import stopped.'}
      </p>
      {busy && <ProgressBar progress={progress} idle="Starting the import" />}
      {error && (
        <p className="import-note import-note-bad" role="alert">
          {error} Nothing was saved.
        </p>
      )}
    </div>
  );
}
