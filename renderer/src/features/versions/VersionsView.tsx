import { useCallback, useEffect, useState } from 'react';
import type { DefinitionVersion } from '../../../../shared/api';
import { diffModels } from '../../../../shared/model/diff';
import { api } from '../../api/client';
import { formatCount, formatPercent } from '../../format';
import { useAttributeLabels } from '../../state/attribute-labels';
import { currentEngine, useLab } from '../../state/lab-store';
import type { ComparedModel } from '../../worker/protocol';

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The agreed definition of each period, with who agreed it and why, and how each would have
 * performed on the data open now, so a quarterly review sees what changed and what it did.
 */
export function VersionsView() {
  const datasetId = useLab((s) => s.dataset?.id);
  const model = useLab((s) => s.model);
  const showError = useLab((s) => s.showError);
  const loadModel = useLab((s) => s.loadModel);
  const labels = useAttributeLabels();
  const [versions, setVersions] = useState<DefinitionVersion[]>([]);
  const [results, setResults] = useState<ComparedModel[]>([]);
  const [label, setLabel] = useState('');
  const [author, setAuthor] = useState('');
  const [note, setNote] = useState('');
  const [agreedOn, setAgreedOn] = useState(day(Date.now()));

  const refresh = useCallback(async () => {
    if (datasetId === undefined) return;
    try {
      const list = await api['version:list']({ datasetId });
      setVersions(list);
      setResults(list.length > 0 ? ((await currentEngine()?.query({ kind: 'compare', models: list.map((v) => v.model) })) ?? []) : []);
    } catch (error) {
      showError(error instanceof Error ? error.message : String(error));
    }
  }, [datasetId, showError]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function record() {
    if (datasetId === undefined || !model) return;
    try {
      await api['version:create']({ datasetId, label: label.trim(), author: author.trim(), note: note.trim(), model, agreedAt: Date.parse(`${agreedOn}T12:00:00Z`) });
      setLabel('');
      setNote('');
      await refresh();
    } catch (error) {
      showError(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section className="panel view" aria-labelledby="versions-title">
      <h2 id="versions-title" className="panel-title">
        Definition versions
      </h2>
      <p className="panel-help">Keep each quarter’s agreed definition; every version is scored again on the data open now.</p>
      <form
        className="save-form"
        onSubmit={(event) => {
          event.preventDefault();
          void record();
        }}
      >
        <input aria-label="Version label" placeholder="Label, e.g. Q3 2026" value={label} onChange={(e) => setLabel(e.target.value)} maxLength={60} />
        <input aria-label="Agreed by" placeholder="Agreed by" value={author} onChange={(e) => setAuthor(e.target.value)} maxLength={120} />
        <input aria-label="Agreed on" type="date" value={agreedOn} onChange={(e) => setAgreedOn(e.target.value)} />
        <input aria-label="Version note" placeholder="Why, e.g. raised threshold to 70 after sales feedback" value={note} onChange={(e) => setNote(e.target.value)} maxLength={5000} />
        <button type="submit" className="button-primary" disabled={label.trim() === '' || author.trim() === '' || agreedOn === ''}>
          Record current definition
        </button>
      </form>
      {versions.length === 0 ? (
        <p className="panel-help">No version recorded yet.</p>
      ) : (
        <table className="comparison versions-table" data-testid="versions-table">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">MQLs</th>
              <th scope="col">MQL→SQL</th>
              <th scope="col">SQLs captured</th>
              <th scope="col">Changes from the version before</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {versions.map((version, i) => {
              const result = results[i];
              const previous = versions[i + 1];
              const changes = previous ? diffModels(previous.model, version.model, labels) : [];
              return (
                <tr key={version.id} data-version={version.label}>
                  <th scope="row">
                    <strong>{version.label}</strong>
                    <span className="muted">
                      {' '}
                      {day(version.agreedAt)} · {version.author}
                    </span>
                    {version.note && <span className="scenario-note muted">{version.note}</span>}
                  </th>
                  <td>{result ? formatCount(result.kpis.mqls) : '…'}</td>
                  <td>{result ? formatPercent(result.kpis.rate) : '…'}</td>
                  <td>{result ? formatPercent(result.kpis.sqlsCapturedShare) : '…'}</td>
                  <td className="version-changes">
                    {previous ? (changes.length === 0 ? 'no rule changes' : changes.map((d) => `${d.rule}: ${d.from} → ${d.to}`).join('; ')) : 'first recorded version'}
                  </td>
                  <td>
                    <button type="button" className="link-button" onClick={() => loadModel(version.model, null)}>
                      Load
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
