import { useCallback, useMemo, useRef } from 'react';
import type { EChartsType } from 'echarts/core';
import { withThreshold } from '../../../../shared/model/edit-model';
import { EChart } from '../../charts/EChart';
import { sweepOption } from '../../charts/options/sweep-option';
import { formatCount, formatPercent } from '../../format';
import { useLab } from '../../state/lab-store';
import { useView } from '../../state/view-store';
import { NumberField } from './NumberField';

/** Pixels either side of the threshold line where a press starts dragging it. */
const GRAB_PX = 10;

export function SweepView() {
  const sweep = useLab((s) => s.metrics?.sweep);
  const nearMiss = useLab((s) => s.metrics?.nearMiss);
  const timeSeries = useLab((s) => s.metrics?.timeSeries);
  const threshold = useLab((s) => s.model?.threshold ?? 0);
  const edit = useLab((s) => s.edit);
  const { targetRate, capacityPerWeek, setTargetRate, setCapacityPerWeek } = useView();
  const wrapper = useRef<HTMLDivElement>(null);
  const weeks = timeSeries ? timeSeries.weeks.reduce((a, b) => a + b, 0) : 0;

  const option = useMemo(
    () => (sweep ? sweepOption(sweep, { threshold, targetRate, capacity: capacityPerWeek * weeks }) : null),
    [sweep, threshold, targetRate, capacityPerWeek, weeks],
  );

  // The threshold line is the marker: press near it and drag; the slider moves with it. The
  // handlers are attached once per chart and read the latest state, because the chart re-renders
  // on every tick of a drag and must not lose it.
  const dragging = useRef(false);
  const lastThreshold = useRef(0);
  lastThreshold.current = (sweep?.thresholds.length ?? 1) - 1;
  const attachedTo = useRef<EChartsType | null>(null);
  const attachDrag = useCallback(
    (chart: EChartsType) => {
      const pixelOf = (t: number) => chart.convertToPixel({ xAxisIndex: 0 }, t) as number;
      const current = () => useLab.getState().model?.threshold ?? 0;
      wrapper.current?.setAttribute('data-threshold-x', String(Math.round(pixelOf(threshold))));
      if (attachedTo.current === chart) return;
      attachedTo.current = chart;
      const zr = chart.getZr();
      const thresholdAt = (x: number) => {
        const index = Math.round(chart.convertFromPixel({ xAxisIndex: 0 }, x) as number);
        return Math.max(0, Math.min(lastThreshold.current, index));
      };
      zr.on('mousedown', (event) => {
        dragging.current = Math.abs(event.offsetX - pixelOf(current())) <= GRAB_PX;
      });
      zr.on('mousemove', (event) => {
        const near = Math.abs(event.offsetX - pixelOf(current())) <= GRAB_PX;
        zr.setCursorStyle(dragging.current || near ? 'ew-resize' : 'default');
        if (!dragging.current) return;
        const next = thresholdAt(event.offsetX);
        if (next !== current()) edit((m) => withThreshold(m, next));
      });
      zr.on('mouseup', () => (dragging.current = false));
      zr.on('globalout', () => (dragging.current = false));
    },
    [threshold, edit],
  );

  if (!option || !sweep) {
    return (
      <section className="panel view">
        <p className="panel-help">The sweep applies to threshold modes; in grade × level mode choose cells in the matrix instead.</p>
      </section>
    );
  }
  return (
    <section className="panel view" aria-labelledby="sweep-title">
      <div className="view-head">
        <h2 id="sweep-title" className="panel-title">
          Threshold sweep
        </h2>
        <div className="view-controls">
          <NumberField label="Target rate" value={Math.round(targetRate * 100)} min={0} max={100} unit="%" onChange={(v) => setTargetRate(v / 100)} />
          <NumberField label="Sales capacity" value={capacityPerWeek} min={0} max={100000} unit="MQLs / week" onChange={setCapacityPerWeek} />
        </div>
      </div>
      <p className="panel-help">
        What every threshold would have given with the rest of the definition as it is. Drag the threshold line, or use the slider.
      </p>
      <div ref={wrapper} className="sweep-chart" data-testid="sweep-chart">
        <EChart option={option} height={380} onRender={attachDrag} label="MQLs, SQLs and MQL→SQL rate over every threshold" />
      </div>
      <p className="sweep-note" data-testid="sweep-at-threshold">
        At {threshold}: {formatCount(sweep.mqls[threshold] ?? 0)} MQLs ({formatCount((sweep.mqls[threshold] ?? 0) / Math.max(1, weeks))} a week against a capacity of{' '}
        {formatCount(capacityPerWeek)}), {formatPercent(sweep.rate[threshold] ?? NaN)} MQL→SQL, {formatPercent(sweep.captured[threshold] ?? NaN)} of SQLs captured.
      </p>
      {nearMiss && (
        <p className="near-miss" data-testid="near-miss">
          <strong>Near misses:</strong> {formatCount(nearMiss.leads)} leads scored within {nearMiss.band} points below the threshold — nurture candidates. Sales
          worked {formatCount(nearMiss.observed)} of them; {formatCount(nearMiss.sqls)} became SQL and {formatCount(nearMiss.opportunities)} reached an
          opportunity.
        </p>
      )}
    </section>
  );
}
