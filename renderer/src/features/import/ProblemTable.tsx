import { useState } from 'react';
import type { ImportProblem } from '../../../../shared/import/problems';
import { formatCount } from '../../format';
import { problemReason } from './import-format';

/** Problems with file, row, column and reason; the service keeps the first 1,000. */
export function ProblemTable({ problems, total }: { problems: readonly ImportProblem[]; total: number }) {
  const hasErrors = problems.some((p) => p.severity === 'error');
  // Warnings alone are notes on rules applied (duplicates kept or skipped, outcomes inferred).
  const noun = hasErrors ? ['problem', 'problems'] : ['note', 'notes'];
  const [errorsOnly, setErrorsOnly] = useState(hasErrors);
  const shown = errorsOnly ? problems.filter((p) => p.severity === 'error') : problems;
  if (problems.length === 0) return null;
  return (
    <div className="import-problems">
      <div className="import-problems-head">
        <span>
          {total > problems.length
            ? `The first ${formatCount(problems.length)} of ${formatCount(total)} ${noun[1]}`
            : `${formatCount(total)} ${total === 1 ? noun[0] : noun[1]}`}
        </span>
        {hasErrors && problems.some((p) => p.severity === 'warning') && (
          <label className="import-inline">
            <input type="checkbox" checked={errorsOnly} onChange={(e) => setErrorsOnly(e.target.checked)} />
            Errors only
          </label>
        )}
      </div>
      <div className="import-table-wrap import-problems-wrap">
        <table className="import-table import-problem-table" aria-label={hasErrors ? 'Problems found' : 'Notes'}>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">File</th>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p, i) => (
              <tr key={i} className={p.severity === 'error' ? 'import-problem-error' : 'import-problem-warning'}>
                <td className="import-severity" title={p.severity}>
                  {p.severity === 'error' ? '✕' : '!'}
                </td>
                <td>{p.file}</td>
                <td className="import-rownum">{p.row === null ? '—' : formatCount(p.row)}</td>
                <td>{p.column ?? '—'}</td>
                <td>
                  {problemReason(p.message, p.row !== null)}
                  {p.hint && <span className="import-problem-hint">{p.hint}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
