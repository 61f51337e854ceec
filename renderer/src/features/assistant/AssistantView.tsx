import { useEffect } from 'react';
import type { Calibration } from '../../../../shared/calibrate/calibrate';
import { useLab } from '../../state/lab-store';
import { useAssistant, type AssistantSection } from './assistant-store';
import { CheckPanel } from './CheckPanel';
import { GoalsPanel } from './GoalsPanel';
import { Headline } from './Headline';
import { SignalPanel } from './SignalPanel';
import { SuggestionsPanel } from './SuggestionsPanel';
import './assistant.css';

const SECTIONS: { id: AssistantSection; label: string }[] = [
  { id: 'points', label: 'Suggested points' },
  { id: 'signal', label: 'Signal per rule' },
  { id: 'goals', label: 'Threshold for goals' },
  { id: 'check', label: 'Out of sample & drift' },
];

/**
 * The calibration assistant: what history says about each rule, the points it suggests, the
 * threshold that meets the team's goals, and how both would have done on a quarter the fit never
 * saw. It runs in the engine worker when the tab first opens; every figure is a proposal to accept
 * rule by rule or at once, each acceptance one undo step.
 */
export function AssistantView() {
  const { status, progress, answer, answerModel, answerDataset, error, section, run, cancel, setHoldout, setSection } = useAssistant();
  const model = useLab((s) => s.model);
  const datasetId = useLab((s) => s.dataset?.id ?? null);
  const calibration = answer?.calibration ?? null;

  useEffect(() => {
    // On the sample this answers in a fraction of a second, so it simply runs when first wanted.
    if (status === 'idle' || (status === 'done' && answerDataset !== datasetId)) run();
  }, [status, answerDataset, datasetId, run]);

  const running = status === 'running';
  const stale = calibration !== null && answerModel !== null && model !== null && answerModel !== model && JSON.stringify(answerModel) !== JSON.stringify(model);
  return (
    <section className="panel view assistant" aria-labelledby="assistant-title" aria-busy={running}>
      <div className="view-head">
        <h2 id="assistant-title" className="panel-title">
          Calibration assistant
        </h2>
        <div className="view-controls">
          <HoldoutChoice calibration={calibration} disabled={running} onChange={setHoldout} />
          <button type="button" className="button-secondary" onClick={run} disabled={running}>
            {calibration ? 'Re-run' : 'Run assistant'}
          </button>
        </div>
      </div>
      <p className="panel-help assistant-lede">
        Learns from the leads sales worked which rules predict SQLs, proposes points on your scale, solves the threshold for your goals and checks it all on a
        quarter the fit never saw. Every figure comes with its sample size and a 95 % interval.
      </p>

      {running && (
        <div className="assistant-progress" data-testid="assistant-progress">
          <div className="progress" role="progressbar" aria-label="Assistant progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(share(progress) * 100)}>
            <div className="progress-fill" style={{ width: `${Math.max(4, share(progress) * 100)}%` }} />
          </div>
          <span className="muted">{progress?.label ?? 'Starting'}…</span>
          <button type="button" className="link-button" onClick={cancel}>
            Stop
          </button>
        </div>
      )}
      {status === 'error' && error && (
        <p className="assistant-note assistant-note-warn" role="alert">
          {error}
        </p>
      )}
      {stale && !running && (
        <p className="assistant-note" data-testid="assistant-stale">
          The definition has changed since the assistant ran. The suggestions still stand; the figures describe the definition as it was.{' '}
          <button type="button" className="link-button" onClick={run}>
            Re-run on the current definition
          </button>
        </p>
      )}

      {calibration && (
        <>
          <Headline calibration={calibration} />
          <div className="segmented assistant-sections" role="tablist" aria-label="Assistant sections">
            {SECTIONS.map((s) => (
              <button
                key={s.id}
                type="button"
                role="tab"
                aria-selected={section === s.id}
                className={section === s.id ? 'segment segment-on' : 'segment'}
                onClick={() => setSection(s.id)}
              >
                {s.label}
              </button>
            ))}
          </div>
          {section === 'points' && <SuggestionsPanel calibration={calibration} ms={answer?.ms ?? 0} />}
          {section === 'signal' && <SignalPanel calibration={calibration} />}
          {section === 'goals' && <GoalsPanel calibration={calibration} />}
          {section === 'check' && <CheckPanel calibration={calibration} />}
        </>
      )}
    </section>
  );
}

function share(progress: { done: number; total: number } | null): number {
  return progress && progress.total > 0 ? progress.done / progress.total : 0;
}

function HoldoutChoice({ calibration, disabled, onChange }: { calibration: Calibration | null; disabled: boolean; onChange(holdout: string | null): void }) {
  const split = calibration?.split;
  if (!split) return null;
  const latest = calibration.settings.holdout === null;
  return (
    <label className="number-field" title="Fit on the quarters before this one, then judge the result on it">
      <span>Hold out</span>
      <select value={latest ? '' : split.holdout} disabled={disabled} onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}>
        <option value="">{latest ? split.holdout : 'Latest full quarter'} (latest full)</option>
        {split.quarters.slice(1).map((q) => (
          <option key={q} value={q}>
            {q}
          </option>
        ))}
      </select>
    </label>
  );
}
