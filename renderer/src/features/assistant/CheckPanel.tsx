import { Fragment, useMemo, type ReactNode } from 'react';
import type { Calibration } from '../../../../shared/calibrate/calibrate';
import type { ModelCheck, WindowFigures } from '../../../../shared/calibrate/out-of-sample';
import { driftOption } from '../../charts/options/calibration-option';
import { EChart } from '../../charts/EChart';
import { formatCount, formatPercent } from '../../format';
import { ciText } from './format-points';

const auc = (value: number) => (Number.isFinite(value) ? value.toFixed(3) : '–');

/** The figures of the check, one row each, so the four windows line up in columns. */
const FIGURES: { label: string; help: string; cell(w: WindowFigures): ReactNode }[] = [
  { label: 'AUC', help: 'How often a worked lead that became SQL outscored one that did not; 0.5 is chance', cell: (w) => <strong>{auc(w.auc)}</strong> },
  {
    label: 'MQL→SQL (95 % CI)',
    help: 'Among MQLs sales worked',
    cell: (w) => (
      <>
        {formatPercent(w.rate)} <span className="muted">{ciText(w.interval.low, w.interval.high)}</span>
      </>
    ),
  },
  { label: 'MQLs a week', help: 'Over the weeks the window’s leads span', cell: (w) => formatCount(w.perWeek) },
  { label: 'MQLs never worked', help: 'Their outcome is unknown, so they are outside the rate', cell: (w) => formatCount(w.unobservedMqls) },
  { label: 'Worked leads (SQLs)', help: 'The leads the AUC is measured on', cell: (w) => `${formatCount(w.observed)} (${formatCount(w.observedSqls)})` },
];

/** The range the rate could take if the MQLs sales never worked had all failed or all converted. */
function bounds(w: WindowFigures): string {
  if (w.mqls === 0) return '–';
  return `${formatPercent(w.mqlSqls / w.mqls)}–${formatPercent((w.mqlSqls + w.unobservedMqls) / w.mqls)}`;
}

/** In and out of sample, for the current and the suggested definition, and each quarter's drift. */
export function CheckPanel({ calibration }: { calibration: Calibration }) {
  const { split, current, suggested } = calibration;
  const option = useMemo(() => driftOption(current.drift, suggested?.drift ?? null, split?.holdout ?? null), [current, suggested, split]);
  const columns: { name: string; check: ModelCheck }[] = [{ name: 'Current definition', check: current.check }, ...(suggested ? [{ name: 'Suggested definition', check: suggested.check }] : [])];
  const held = split?.holdout;
  const gap = (c: ModelCheck) => (c.outOfSample ? c.outOfSample.auc - c.inSample.auc : NaN);
  const suggestedOut = suggested?.check.outOfSample;
  return (
    <div className="assistant-section">
      <p className="panel-help">
        {held
          ? `Weights were fitted on leads created before ${held} and judged on the ${formatCount(current.check.outOfSample?.leads ?? 0)} leads created in ${held}, which the fit never saw. A suggestion that only looks good in sample is overfitting.`
          : 'The data spans a single quarter, so nothing could be held out: every figure is in sample.'}
      </p>
      <div className="assistant-scroll">
        <table className="comparison assistant-table assistant-check-table" data-testid="check-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Figure
              </th>
              {columns.map((c) => (
                <th key={c.name} scope="colgroup" colSpan={2}>
                  {c.name}
                </th>
              ))}
            </tr>
            <tr>
              {columns.map((c) => (
                <WindowHeads key={c.name} held={held} />
              ))}
            </tr>
          </thead>
          <tbody>
            {FIGURES.map((figure) => (
              <tr key={figure.label}>
                <th scope="row" title={figure.help}>
                  {figure.label}
                </th>
                {columns.map((c) => (
                  <Fragment key={c.name}>
                    <td>{figure.cell(c.check.inSample)}</td>
                    <td className="assistant-held">{c.check.outOfSample ? figure.cell(c.check.outOfSample) : '–'}</td>
                  </Fragment>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="assistant-notes">
        {suggested && Number.isFinite(gap(suggested.check)) && (
          <li>
            From fitted to held-out quarters the AUC moves by {signed(gap(suggested.check))} for the suggestion and {signed(gap(current.check))} for the current
            definition; a much larger drop for the suggestion would mean it learned noise.
          </li>
        )}
        {suggestedOut && (
          <li>
            Rates count worked MQLs only. Held out, the suggestion makes {formatCount(suggestedOut.unobservedMqls)} MQLs sales never worked: had they all failed or all
            converted, its rate would be {bounds(suggestedOut)}. Leads the old definition never sent to sales are the blind spot of any backtest.
          </li>
        )}
        <li>
          “SQLs captured” can only count SQLs history knows, all from leads someone sent to sales: a new definition loses credit for each of those it drops and
          gains none for the unworked leads it adds, so expect that figure to fall even when the ranking improves.
        </li>
        <li>AUC: how often a worked lead that became SQL outscored one that did not (0.5 is chance), over worked leads not knocked out.</li>
      </ul>
      <h3 className="sub-title">Drift by quarter of creation</h3>
      <p className="panel-help">Each quarter under fixed definitions: a change here is the data moving (channel mix, seasons), not the rules.</p>
      <EChart option={option} height={260} label="MQLs a week and MQL→SQL rate per quarter, current and suggested definitions" />
    </div>
  );
}

function WindowHeads({ held }: { held: string | undefined }) {
  return (
    <>
      <th scope="col" title={held ? `Leads created before ${held}, which the weights were fitted on` : 'Every lead'}>
        {held ? 'Fitted' : 'All'}
      </th>
      <th scope="col" className="assistant-held" title={held ? `Leads created in ${held}, which the fit never saw` : 'Nothing could be held out'}>
        {held ?? '–'}
      </th>
    </>
  );
}

function signed(delta: number): string {
  if (!Number.isFinite(delta)) return '–';
  const text = Math.abs(delta).toFixed(3);
  return delta > 0 ? `+${text}` : delta < 0 ? `−${text}` : '±0';
}
