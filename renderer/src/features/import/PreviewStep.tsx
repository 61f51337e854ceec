import { FileTabs, useCurrentFile } from './FileTabs';
import { fileFacts } from './import-format';

/** Step 2: the first rows of each file as they will be read, so a wrong delimiter or encoding shows at once. */
export function PreviewStep() {
  const file = useCurrentFile();
  const inspection = file?.inspection;
  if (!file || !inspection) return null;
  const warnings = inspection.problems.filter((p) => p.severity === 'warning');
  return (
    <div className="import-step">
      <FileTabs />
      <p className="import-facts">
        <strong>{file.name}</strong> · {fileFacts(inspection).join(' · ')}
      </p>
      {warnings.map((p) => (
        <p key={p.message} className="import-note">
          {p.message}
        </p>
      ))}
      <div className="import-table-wrap">
        <table className="import-table" aria-label={`First rows of ${file.name}`}>
          <thead>
            <tr>
              <th scope="col" className="import-rownum">
                Row
              </th>
              {inspection.header.map((name, i) => (
                <th key={i} scope="col">
                  {name || <em>(no name)</em>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {inspection.rows.map((row, r) => (
              <tr key={r}>
                <td className="import-rownum">{r + 2}</td>
                {inspection.header.map((_, c) => (
                  <td key={c} title={row[c] ?? ''}>
                    {row[c] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="import-hint">
        The first {inspection.rows.length} data rows, numbered as a spreadsheet numbers them (the header is row 1). If the columns look
        jumbled, the file may not be a CSV export; choose another file.
      </p>
    </div>
  );
}
