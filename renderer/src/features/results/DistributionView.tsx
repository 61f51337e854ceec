import { useMemo } from 'react';
import { EChart } from '../../charts/EChart';
import { histogramOption } from '../../charts/options/histogram-option';
import { useLab } from '../../state/lab-store';

export function DistributionView() {
  const histogram = useLab((s) => s.metrics?.histogram);
  const model = useLab((s) => s.kpisModel);
  const threshold = model && model.mode !== 'matrix' ? model.threshold : null;
  const option = useMemo(() => (histogram ? histogramOption(histogram, threshold) : null), [histogram, threshold]);
  if (!option) return null;
  return (
    <section className="panel view" aria-labelledby="distribution-title">
      <h2 id="distribution-title" className="panel-title">
        Score distribution by outcome
      </h2>
      <p className="panel-help">
        Each lead’s best score before sales worked it, split by what happened: SQL, worked but not SQL, or never worked (unknown).
        Knocked-out leads are left out.
      </p>
      <EChart option={option} height={380} label="Histogram of scores by outcome" />
    </section>
  );
}
