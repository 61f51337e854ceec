import type { ProgressEvent } from '../../../../shared/api';
import { formatCount } from '../../format';
import { formatBytes, formatDuration } from './import-format';

/** The bar and the figures of a running check or import: rows, bytes, pace and time left. */
export function ProgressBar({ progress, idle }: { progress: ProgressEvent | null; idle: string }) {
  const share = progress && progress.total > 0 ? progress.done / progress.total : 0;
  const percent = Math.round(share * 100);
  return (
    <div className="import-progress" aria-live="polite">
      <div className="import-progress-head">
        <span className="import-progress-label">{progress?.label ?? idle}</span>
        <span className="import-progress-percent">{percent} %</span>
      </div>
      <div className="import-bar" role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="import-bar-fill" style={{ width: `${Math.max(2, share * 100)}%` }} />
      </div>
      <dl className="import-stats">
        <div>
          <dt>Rows</dt>
          <dd data-testid="progress-rows">{formatCount(progress?.rows ?? 0)}</dd>
        </div>
        <div>
          <dt>Read</dt>
          <dd>
            {formatBytes(progress?.bytes ?? 0)} of {formatBytes(progress?.totalBytes ?? 0)}
          </dd>
        </div>
        <div>
          <dt>Rate</dt>
          <dd>{formatCount(progress?.rowsPerSecond ?? 0)} rows/s</dd>
        </div>
        <div>
          <dt>Time left</dt>
          <dd>{progress?.secondsLeft == null ? 'estimating…' : progress.secondsLeft === 0 ? 'almost done' : `about ${formatDuration(progress.secondsLeft)}`}</dd>
        </div>
      </dl>
    </div>
  );
}
