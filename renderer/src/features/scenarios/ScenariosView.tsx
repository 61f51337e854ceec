import { useEffect, useMemo, useState } from 'react';
import { useLab } from '../../state/lab-store';
import { MAX_COMPARED, useScenarios, WORKING_MODEL_ID } from '../../state/scenario-store';
import { CompareView } from './CompareView';

const when = (time: number) => new Date(time).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Save, load, rename, duplicate, delete (with undo) and compare scenarios; pick the baseline. */
export function ScenariosView() {
  const { scenarios, compareIds, deleted, refresh, saveAs, saveCurrent, rename, duplicate, remove, undoDelete, makeBaseline, load, toggleCompare } = useScenarios();
  const currentId = useLab((s) => s.scenarioId);
  const model = useLab((s) => s.model);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [renaming, setRenaming] = useState<{ id: number; name: string } | null>(null);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const current = scenarios.find((s) => s.id === currentId);
  const unsaved = current !== undefined && JSON.stringify(current.model) !== JSON.stringify(model);
  const compared = useMemo(
    () =>
      compareIds
        .map((id) => (id === WORKING_MODEL_ID && model ? { id, name: 'Working model (unsaved)', model } : scenarios.find((s) => s.id === id)))
        .filter((s) => s !== undefined),
    [compareIds, scenarios, model],
  );
  const workingCompared = compareIds.includes(WORKING_MODEL_ID);

  return (
    <section className="panel view" aria-labelledby="scenarios-title">
      <h2 id="scenarios-title" className="panel-title">
        Scenarios
      </h2>
      <form
        className="save-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim() === '') return;
          void saveAs(name.trim(), note.trim()).then(() => {
            setName('');
            setNote('');
          });
        }}
      >
        <input aria-label="Scenario name" placeholder="Name, e.g. Tighter fit, threshold 70" value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
        <input aria-label="Scenario note" placeholder="Note (optional)" value={note} onChange={(e) => setNote(e.target.value)} maxLength={5000} />
        <button type="submit" className="button-primary" disabled={name.trim() === ''}>
          Save current as scenario
        </button>
        {current && (
          <button type="button" className="button-secondary" disabled={!unsaved} onClick={() => void saveCurrent()}>
            {unsaved ? `Save changes to “${current.name}”` : `“${current.name}” is saved`}
          </button>
        )}
      </form>
      {deleted && (
        <p className="undo-bar" role="status">
          Deleted “{deleted.name}”.{' '}
          <button type="button" className="link-button" onClick={() => void undoDelete()}>
            Undo delete
          </button>
        </p>
      )}
      <table className="comparison scenario-table">
        <thead>
          <tr>
            <th scope="col">Compare</th>
            <th scope="col">Scenario</th>
            <th scope="col">Saved</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {scenarios.map((scenario) => (
            <tr key={scenario.id} data-scenario={scenario.name} className={scenario.id === currentId ? 'current-row' : ''}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Compare ${scenario.name}`}
                  checked={compareIds.includes(scenario.id)}
                  disabled={!compareIds.includes(scenario.id) && compareIds.length >= MAX_COMPARED}
                  onChange={() => toggleCompare(scenario.id)}
                />
              </td>
              <th scope="row">
                {renaming?.id === scenario.id ? (
                  <form
                    onSubmit={(event) => {
                      event.preventDefault();
                      void rename(scenario.id, renaming.name.trim()).then(() => setRenaming(null));
                    }}
                  >
                    <input aria-label="New name" autoFocus value={renaming.name} onChange={(e) => setRenaming({ id: scenario.id, name: e.target.value })} onBlur={() => setRenaming(null)} />
                  </form>
                ) : (
                  <span className="scenario-name">{scenario.name}</span>
                )}
                {scenario.isBaseline && <span className="flag flag-real">baseline</span>}
                {scenario.id === currentId && <span className="flag flag-small">{unsaved ? 'loaded, edited' : 'loaded'}</span>}
                {scenario.note && <span className="scenario-note muted">{scenario.note}</span>}
              </th>
              <td className="muted">{when(scenario.updatedAt)}</td>
              <td className="scenario-actions">
                <button type="button" className="link-button" onClick={() => load(scenario.id)}>
                  Load
                </button>
                <button type="button" className="link-button" onClick={() => setRenaming({ id: scenario.id, name: scenario.name })}>
                  Rename
                </button>
                <button type="button" className="link-button" onClick={() => void duplicate(scenario.id)}>
                  Duplicate
                </button>
                {!scenario.isBaseline && (
                  <>
                    <button type="button" className="link-button" onClick={() => void makeBaseline(scenario.id)}>
                      Make baseline
                    </button>
                    <button type="button" className="link-button danger" onClick={() => void remove(scenario.id)} aria-label={`Delete ${scenario.name}`}>
                      Delete
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="sub-title">Side by side</h3>
      <label className="assistant-check compare-working">
        <input
          type="checkbox"
          checked={workingCompared}
          disabled={!workingCompared && compareIds.length >= MAX_COMPARED}
          onChange={() => toggleCompare(WORKING_MODEL_ID)}
        />{' '}
        Include the working model as it is now, saved or not
      </label>
      {compared.length >= 2 ? <CompareView scenarios={compared} /> : <p className="panel-help">Tick two to four scenarios (or one and the working model) to compare them.</p>}
    </section>
  );
}
