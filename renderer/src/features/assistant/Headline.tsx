import type { ReactNode } from 'react';
import { applySuggestions, isActionable, isApplied } from '../../../../shared/calibrate/apply';
import type { Calibration } from '../../../../shared/calibrate/calibrate';
import { formatCount, formatPercent } from '../../format';
import { useLab } from '../../state/lab-store';

const auc = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(3));

/**
 * The answer in three figures: does the suggestion rank a quarter it never saw better, what rate
 * would that quarter have had, and how much data the suggestion rests on; with "accept all".
 */
export function Headline({ calibration }: { calibration: Calibration }) {
  const model = useLab((s) => s.model);
  const edit = useLab((s) => s.edit);
  const { suggestion, refusal, split, threshold, current, suggested } = calibration;
  const held = split?.holdout ?? null;
  const currentOut = current.check.outOfSample ?? current.check.inSample;
  const suggestedOut = suggested ? (suggested.check.outOfSample ?? suggested.check.inSample) : null;
  const actionable = suggestion?.points.filter(isActionable) ?? [];
  const pending = model ? actionable.filter((p) => !isApplied(model, p)).length : 0;
  const thresholdPending = threshold !== null && model !== null && model.threshold !== threshold.suggested;

  const acceptAll = () => {
    if (!suggestion) return;
    edit((m) => applySuggestions(m, suggestion.points, undefined, threshold?.suggested));
  };

  return (
    <div className="assistant-headline" data-testid="assistant-headline">
      <Tile title={held ? `AUC · ${held}` : 'AUC · in sample'} from={auc(currentOut.auc)} to={suggestedOut ? auc(suggestedOut.auc) : null} testId="assistant-auc">
        {held ? `held out: ${formatCount(currentOut.observed)} worked leads the fit never saw` : `${formatCount(currentOut.observed)} worked leads`}
      </Tile>
      <Tile title={held ? `MQL→SQL · ${held}` : 'MQL→SQL'} from={formatPercent(currentOut.rate)} to={suggestedOut ? formatPercent(suggestedOut.rate) : null}>
        {suggestedOut
          ? `${formatCount(currentOut.perWeek)} → ${formatCount(suggestedOut.perWeek)} MQLs a week · ${formatCount(suggestedOut.unobservedMqls)} never worked`
          : `${formatCount(currentOut.perWeek)} MQLs a week`}
      </Tile>
      {suggestion ? (
        <Tile title="Learned from" from={`${formatCount(suggestion.sqls)} SQLs`} to={null}>
          in {formatCount(suggestion.observed)} worked leads {calibration.fittedOn}
        </Tile>
      ) : (
        <Tile title="Learned from" from={`${formatCount(refusal?.observedSqls ?? 0)} SQLs`} to={null}>
          {formatCount(refusal?.required ?? 0)} needed to suggest weights
        </Tile>
      )}
      <div className="assistant-accept">
        {suggestion ? (
          <>
            <button type="button" className="button-primary" onClick={acceptAll} disabled={pending === 0 && !thresholdPending} data-testid="accept-all">
              Accept all suggestions
            </button>
            <p className="muted">
              {pending === 0 && !thresholdPending
                ? 'All accepted · Ctrl+Z undoes'
                : `${pending} rule${pending === 1 ? '' : 's'}${thresholdPending ? `, threshold ${model?.threshold} → ${threshold?.suggested}` : ''} · one undo step`}
            </p>
          </>
        ) : (
          <p className="assistant-refusal" role="status" data-testid="assistant-refusal">
            <strong>Cannot suggest weights reliably:</strong> too few SQLs.
          </p>
        )}
      </div>
    </div>
  );
}

function Tile({ title, from, to, testId, children }: { title: string; from: string; to: string | null; testId?: string; children: ReactNode }) {
  return (
    <div className="assistant-tile">
      <h3>{title}</h3>
      <p className="assistant-figure" data-testid={testId}>
        <span className={to === null ? 'only' : 'from'}>{from}</span>
        {to !== null && (
          <>
            <span className="arrow" aria-label="becomes">
              →
            </span>
            <span className="to">{to}</span>
          </>
        )}
      </p>
      <p className="muted">{children}</p>
    </div>
  );
}
