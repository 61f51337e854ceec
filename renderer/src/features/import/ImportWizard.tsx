import { useEffect, type ReactNode } from 'react';
import { formatCount } from '../../format';
import { useImport, type WizardStep } from '../../state/import-store';
import { DoneStep } from './DoneStep';
import { FilesStep } from './FilesStep';
import { FormatsStep } from './FormatsStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ProgressStep } from './ProgressStep';
import { TargetStep } from './TargetStep';
import { ValidationStep } from './ValidationStep';
import { blocker, previousStep, STEPS } from './wizard-nav';
import './import.css';

const BODIES: Record<WizardStep, () => ReactNode> = {
  files: () => <FilesStep />,
  preview: () => <PreviewStep />,
  mapping: () => <MappingStep />,
  formats: () => <FormatsStep />,
  validation: () => <ValidationStep />,
  target: () => <TargetStep />,
  progress: () => <ProgressStep />,
  done: () => <DoneStep />,
};

/** The import wizard: a modal over the app, one step at a time, nothing saved before the last. */
export function ImportWizard() {
  const state = useImport();
  const { step, close, busy } = state;
  const running = step === 'progress' && busy;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && !useImport.getState().busy && close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [close]);
  const current = step === 'done' ? STEPS.length : STEPS.findIndex((s) => s.step === step);
  return (
    <div className="import-backdrop" role="dialog" aria-modal="true" aria-labelledby="import-title">
      <div className="import-dialog">
        <header className="import-head">
          <h2 id="import-title">Import data</h2>
          <ol className="import-stepper">
            {STEPS.map((s, i) => (
              <li key={s.step} className={i < current ? 'done' : i === current ? 'on' : undefined} aria-current={i === current ? 'step' : undefined}>
                <span className="import-stepper-dot">{i < current ? '✓' : i + 1}</span>
                {s.label}
              </li>
            ))}
          </ol>
          <button type="button" className="import-close" aria-label="Close" title="Close" onClick={close} disabled={busy}>
            ×
          </button>
        </header>
        <div className="import-body">{BODIES[step]()}</div>
        <footer className="import-foot">
          {state.error && step !== 'progress' && (
            <p className="import-foot-error" role="alert">
              {state.error}
            </p>
          )}
          <Footer running={running} />
        </footer>
      </div>
    </div>
  );
}

function Footer({ running }: { running: boolean }) {
  const state = useImport();
  const { step, goTo, close, run, cancel, setBadRows, report, busy } = state;
  const reason = blocker(state);
  const back = previousStep(step);
  const backButton = back && !busy && (
    <button type="button" className="button-secondary" onClick={() => void goTo(back)}>
      ← Back
    </button>
  );
  const next = (label: string, to: WizardStep) => (
    <button type="button" className="button-primary" disabled={reason !== null} title={reason ?? undefined} onClick={() => void goTo(to)}>
      {label}
    </button>
  );
  let actions: ReactNode;
  if (step === 'files') actions = next('Preview →', 'preview');
  else if (step === 'preview') actions = next('Map columns →', 'mapping');
  else if (step === 'mapping') actions = next('Check formats →', 'formats');
  else if (step === 'formats') actions = next('Check every row →', 'validation');
  else if (step === 'validation' && busy) {
    actions = (
      <button type="button" className="button-secondary" onClick={() => void cancel()}>
        Stop checking
      </button>
    );
  } else if (step === 'validation' && !report) {
    actions = (
      <button type="button" className="button-primary" onClick={() => void state.validate()}>
        Check again
      </button>
    );
  } else if (step === 'validation' && report && report.errors > 0) {
    const rejected = report.files.reduce((n, f) => n + f.rejected, 0);
    actions = (
      <>
        <button type="button" className="button-secondary" onClick={close}>
          Cancel and fix the file
        </button>
        {rejected > 0 && report.leads > 0 && report.files.every((f) => f.rows > 0) && (
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              setBadRows('skip');
              void goTo('target');
            }}
          >
            Skip {formatCount(rejected)} {rejected === 1 ? 'row' : 'rows'} with errors →
          </button>
        )}
      </>
    );
  } else if (step === 'validation') {
    actions = (
      <button
        type="button"
        className="button-primary"
        disabled={reason !== null}
        onClick={() => {
          setBadRows('fail');
          void goTo('target');
        }}
      >
        Choose where to import →
      </button>
    );
  } else if (step === 'target') {
    actions = (
      <button type="button" className="button-primary" disabled={reason !== null} title={reason ?? undefined} onClick={() => void run()}>
        Import {report ? `${formatCount(report.leads)} leads` : ''}
      </button>
    );
  } else if (running) {
    actions = (
      <button type="button" className="button-secondary" onClick={() => void cancel()}>
        Cancel import
      </button>
    );
  } else {
    actions = (
      <button type="button" className="button-primary" onClick={close}>
        {step === 'done' ? 'Show the dataset' : 'Close'}
      </button>
    );
  }
  return (
    <div className="import-foot-actions">
      {backButton}
      <span className="import-foot-reason">{reason && ['files', 'mapping', 'formats', 'target'].includes(step) && state.files.length > 0 ? reason : ''}</span>
      {actions}
    </div>
  );
}
