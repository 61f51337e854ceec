import { useState } from 'react';
import type { BreakdownRow } from '../../../../shared/engine/metrics/breakdown';
import { formatCount, formatPercent, formatSignedCount, formatSignedPoints } from '../../format';
import { useLab } from '../../state/lab-store';

type SortKey = 'group' | 'leads' | 'mqls' | 'mqlChange' | 'rate' | 'rateChange';

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'group', label: 'Name' },
  { key: 'leads', label: 'Leads' },
  { key: 'mqls', label: 'MQLs' },
  { key: 'mqlChange', label: 'vs baseline' },
  { key: 'rate', label: 'MQL→SQL (95 % CI)' },
  { key: 'rateChange', label: 'Rate change' },
];

function sortValue(row: BreakdownRow, key: SortKey): number | string {
  switch (key) {
    case 'group':
      return row.group;
    case 'leads':
      return row.leads;
    case 'mqls':
      return row.scenario.leads;
    case 'mqlChange':
      return row.scenario.leads - row.baseline.leads;
    case 'rate':
      return Number.isFinite(row.scenario.rate) ? row.scenario.rate : -1;
    case 'rateChange':
      return Number.isFinite(row.rateChange) ? row.rateChange : -Infinity;
  }
}

/** MQLs and conversion per channel or campaign, against the baseline, with honest flags. */
export function ChannelView() {
  const rows = useLab((s) => s.metrics?.breakdown);
  const options = useLab((s) => s.metricsOptions);
  const setOptions = useLab((s) => s.setMetricsOptions);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'mqls', descending: true });
  if (!rows) return null;
  const sorted = [...rows].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
    return sort.descending ? -order : order;
  });
  return (
    <section className="panel view" aria-labelledby="channels-title">
      <div className="view-head">
        <h2 id="channels-title" className="panel-title">
          By {options.breakdown}
        </h2>
        <div className="view-controls">
          <label className="number-field">
            <span>Group by</span>
            <select value={options.breakdown} onChange={(event) => setOptions({ breakdown: event.target.value as 'channel' | 'campaign' })}>
              <option value="channel">Channel</option>
              <option value="campaign">Campaign</option>
            </select>
          </label>
          <label className="number-field">
            <span>Too small when the interval is wider than</span>
            <input
              type="number"
              min={5}
              max={100}
              value={Math.round(options.maxIntervalWidth * 100)}
              onChange={(event) => {
                const width = Number(event.target.value);
                if (width >= 5 && width <= 100) setOptions({ maxIntervalWidth: width / 100 });
              }}
            />
            <span className="rule-unit">pp</span>
          </label>
        </div>
      </div>
      <p className="panel-help">
        “Too small” marks rates from too few worked MQLs to tell; “not significant” marks rate changes a two-proportion test at 95 % cannot tell from noise.
      </p>
      <table className="comparison breakdown" data-testid="breakdown-table">
        <thead>
          <tr>
            {COLUMNS.map(({ key, label }) => (
              <th
                key={key}
                scope="col"
                aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              >
                <button type="button" className="sort-button" onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : key !== 'group' })}>
                  {label}
                  {sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                </button>
              </th>
            ))}
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.group} data-group={row.group}>
              <th scope="row">{row.group}</th>
              <td>{formatCount(row.leads)}</td>
              <td data-testid="breakdown-mqls">{formatCount(row.scenario.leads)}</td>
              <td>{formatSignedCount(row.scenario.leads - row.baseline.leads)}</td>
              <td>
                {formatPercent(row.scenario.rate)}{' '}
                <span className="muted">
                  ({formatPercent(row.scenario.interval.low, 0)}–{formatPercent(row.scenario.interval.high, 0)})
                </span>
              </td>
              <td>{formatSignedPoints(row.rateChange)}</td>
              <td className="flags">
                {row.tooSmall && <span className="flag flag-small">too small</span>}
                {!row.tooSmall && Number.isFinite(row.rateChange) && row.rateChange !== 0 && !row.significant && (
                  <span className="flag flag-noise">not significant</span>
                )}
                {row.significant && <span className="flag flag-real">significant</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
