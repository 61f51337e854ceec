import { useMemo } from 'react';
import type { TimeGrain } from '../../../../shared/engine/metrics/time-series';
import { EChart } from '../../charts/EChart';
import { quarterRateOption, volumeOption } from '../../charts/options/time-option';
import { useLab } from '../../state/lab-store';
import { useView } from '../../state/view-store';
import { NumberField } from './NumberField';

export function TimeView() {
  const series = useLab((s) => s.metrics?.timeSeries);
  const rates = useLab((s) => s.metrics?.quarterRates);
  const grain = useLab((s) => s.metricsOptions.grain);
  const setOptions = useLab((s) => s.setMetricsOptions);
  const { capacityPerWeek, setCapacityPerWeek } = useView();
  const volume = useMemo(() => (series ? volumeOption(series, capacityPerWeek) : null), [series, capacityPerWeek]);
  const rate = useMemo(() => (rates ? quarterRateOption(rates) : null), [rates]);
  if (!volume || !rate) return null;
  return (
    <section className="panel view" aria-labelledby="time-title">
      <div className="view-head">
        <h2 id="time-title" className="panel-title">
          MQLs over time
        </h2>
        <div className="view-controls">
          <label className="number-field">
            <span>Per</span>
            <select value={grain} onChange={(event) => setOptions({ grain: event.target.value as TimeGrain })}>
              <option value="week">Week</option>
              <option value="month">Month</option>
              <option value="quarter">Quarter</option>
            </select>
          </label>
          <NumberField label="Sales capacity" value={capacityPerWeek} min={0} max={100000} unit="MQLs / week" onChange={setCapacityPerWeek} />
        </div>
      </div>
      <p className="panel-help">MQLs by the moment they would have qualified, against what sales can work: would this definition have flooded or starved sales, and when?</p>
      <EChart option={volume} height={260} label="MQLs per period, scenario and baseline, with sales capacity" />
      <h3 className="sub-title">MQL→SQL rate per quarter</h3>
      <EChart option={rate} height={220} label="MQL to SQL rate per quarter" />
    </section>
  );
}
