import type { ReactNode } from 'react';
import type { GoalOutcome } from '../../../../shared/calibrate/solve-threshold';
import { formatCount, formatPercent } from '../../format';
import { ciText } from './format-points';

/** What a definition meeting the goals gives: weekly volume, rate with its interval, share of SQLs captured. */
type GoalFigures = Pick<GoalOutcome, 'perWeek' | 'rate' | 'rateLow' | 'rateHigh' | 'captured'>;

interface Props {
  ok: boolean;
  message: string;
  /** Shown when the goals are met, with the button that applies the answer. */
  figures: GoalFigures | null;
  action: ReactNode;
  /** Shown when they are not: the nearest miss, in words. */
  closest: ReactNode;
}

/** The solver's answer, for a threshold or for matrix cells alike. */
export function GoalAnswer({ ok, message, figures, action, closest }: Props) {
  return (
    <div className={ok ? 'assistant-answer ok' : 'assistant-answer no'} role="status" data-testid="goal-answer">
      <p>{message}</p>
      {ok && figures ? (
        <div className="assistant-answer-figures">
          <span>
            <strong>{formatCount(figures.perWeek)}</strong> MQLs a week
          </span>
          <span>
            <strong>{formatPercent(figures.rate)}</strong> MQL→SQL <span className="muted">{ciText(figures.rateLow, figures.rateHigh)}</span>
          </span>
          <span>
            <strong>{formatPercent(figures.captured)}</strong> of SQLs captured
          </span>
          {action}
        </div>
      ) : (
        closest && <p className="muted">{closest}</p>
      )}
    </div>
  );
}
