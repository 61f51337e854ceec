import { formatCount } from '../../format';
import { useImport } from '../../state/import-store';
import { ProblemTable } from './ProblemTable';
import { ProgressBar } from './ProgressBar';

const KIND_WORDS = { numeric: 'numbers', categorical: 'categories', boolean: 'yes / no' } as const;

/** Step 5: every row checked before anything is written, with what would be kept and refused. */
export function ValidationStep() {
  const report = useImport((s) => s.report);
  const busy = useImport((s) => s.busy);
  const progress = useImport((s) => s.progress);
  const badRows = useImport((s) => s.badRows);
  const leadsFile = useImport((s) => s.files.find((f) => f.kind === 'leads'));
  if (busy || !report) {
    return (
      <div className="import-step">
        <p className="import-lead">Reading every row and checking it. Nothing is saved yet.</p>
        {busy && <ProgressBar progress={progress} idle="Starting the check" />}
      </div>
    );
  }
  const rejected = report.files.reduce((n, f) => n + f.rejected, 0);
  return (
    <div className="import-step">
      <div className="import-summary" data-testid="validation-summary">
        {report.files.map((f) => (
          <div key={f.kind} className="import-summary-card">
            <span className="import-summary-file">{f.fileName}</span>
            <span className="import-summary-main">
              {formatCount(f.accepted)} <small>of {formatCount(f.rows)} rows {f.kind === 'outcomes' ? 'usable' : 'to import'}</small>
            </span>
            <span className="import-summary-detail">
              {f.rejected > 0 && <span className="import-bad">{formatCount(f.rejected)} with errors</span>}
              {f.skipped > 0 && <span>{formatCount(f.skipped)} skipped by rule</span>}
              {f.blank > 0 && <span>{formatCount(f.blank)} blank {f.blank === 1 ? 'line' : 'lines'}</span>}
              {f.rejected === 0 && f.skipped === 0 && <span className="import-good">all rows fine</span>}
            </span>
          </div>
        ))}
      </div>
      {leadsFile?.inspection && leadsFile.extras.length > 0 && (
        <p className="import-facts" data-testid="kept-columns">
          Kept as fit attributes:{' '}
          {leadsFile.extras.map((e) => `${leadsFile.inspection?.header[e.column] ?? `column ${e.column + 1}`} (${KIND_WORDS[e.kind]})`).join(', ')}.
        </p>
      )}
      {report.errors > 0 ? (
        <p className="import-note import-note-bad" role="alert">
          {rejected > 0
            ? `${formatCount(rejected)} ${rejected === 1 ? 'row has' : 'rows have'} errors and cannot be imported as ${rejected === 1 ? 'it is' : 'they are'}. `
            : 'A file cannot be imported as it is. '}
          Fix the file and choose it again{rejected > 0 ? ', or skip these rows and import the rest' : ''}.
          {badRows === 'skip' && rejected > 0 && ' You chose to skip them.'}
        </p>
      ) : (
        <p className="import-note import-note-good">
          Every row can be imported.{report.warnings > 0 ? ' The notes below say what was handled by a rule (duplicates, inferred outcomes).' : ''}
        </p>
      )}
      <ProblemTable problems={report.problems} total={report.problemCount} />
    </div>
  );
}
