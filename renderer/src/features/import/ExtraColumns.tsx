import type { ExtraKind } from '../../../../shared/import/extra-attributes';
import { useImport, type WizardFile } from '../../state/import-store';

const KIND_OPTIONS: { kind: ExtraKind; label: string }[] = [
  { kind: 'numeric', label: 'Numbers' },
  { kind: 'categorical', label: 'Categories' },
  { kind: 'boolean', label: 'Yes / no' },
];

/**
 * The leads file's columns no field takes, each of which can be kept as an extra fit attribute
 * so it can be scored: the kind is preset to what its cells look like and can be changed.
 */
export function ExtraColumns({ file }: { file: WizardFile }) {
  const setExtra = useImport((s) => s.setExtra);
  const inspection = file.inspection;
  if (!inspection) return null;
  const taken = new Set(Object.values(file.mapping).filter((c) => c !== null));
  const columns = inspection.unmapped.filter((c) => !taken.has(c.index));
  if (columns.length === 0) return null;
  const kept = new Map(file.extras.map((e) => [e.column, e.kind]));
  return (
    <section className="import-extras" aria-label="Columns to keep as attributes">
      <h3 className="import-h3">Keep other columns as fit attributes</h3>
      <p className="import-hint">
        No field takes these columns. Keep one to score it like industry or company size: numbers get points per range, categories points per value, yes/no columns
        points for yes, no and blank. The kind is suggested from the column’s values.
      </p>
      <table className="import-map import-extras-table" aria-label={`Other columns of ${file.name}`}>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Example values</th>
            <th scope="col">Keep</th>
            <th scope="col">As</th>
          </tr>
        </thead>
        <tbody>
          {columns.map(({ index, header, kind: holds, suggested }) => {
            const kind = kept.get(index);
            const examples = [...new Set(inspection.rows.map((r) => (r[index] ?? '').trim()).filter((v) => v !== ''))].slice(0, 3);
            const empty = holds === 'empty';
            return (
              <tr key={index} className={kind ? 'import-extras-kept' : undefined}>
                <th scope="row">{header}</th>
                <td className="import-examples">{empty ? 'no values in the first rows' : examples.join(' · ')}</td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Keep ${header}`}
                    checked={kind !== undefined}
                    disabled={empty && kind === undefined}
                    onChange={(event) => setExtra(file.key, index, event.target.checked ? suggested : null)}
                  />
                </td>
                <td>
                  <select aria-label={`Score ${header} as`} value={kind ?? suggested} onChange={(event) => setExtra(file.key, index, event.target.value as ExtraKind)}>
                    {KIND_OPTIONS.map((o) => (
                      <option key={o.kind} value={o.kind}>
                        {o.label}
                        {o.kind === suggested ? ' (suggested)' : ''}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
