import { useMemo } from 'react';
import { bandLabels, formatEdge } from '../../../../shared/model/bands';
import { edgeRange, withBandEdge, withBandEdgeAdded, withBandEdgeRemoved, withBandPoints } from '../../../../shared/model/edit-bands';
import { LIMITS, MAX_BAND_EDGES } from '../../../../shared/model/scoring-model';
import { formatCount } from '../../format';
import { useLab } from '../../state/lab-store';
import { bandCounts, splitPoint, suggestedEdges } from './band-stats';
import { EdgeInput } from './EdgeInput';
import { RuleSlider } from './RuleSlider';

interface Props {
  attribute: string;
  label: string;
  /** The attribute's values in ascending order, blanks left out. */
  sorted: Float64Array;
  blank: number;
}

/**
 * Points per range of a numeric attribute, with the edges editable in place. Without a rule in
 * the model it shows the rounded quartiles at 0 points; the first change makes them the rule's.
 */
export function BandPoints({ attribute, label, sorted, blank }: Props) {
  // This attribute's rules only, so editing another rule does not re-render these sliders.
  const rule = useLab((s) => s.model?.fitBands.find((r) => r.attribute === attribute));
  const base = useLab((s) => s.baselineModel?.fitBands.find((r) => r.attribute === attribute));
  const edit = useLab((s) => s.edit);
  const suggested = useMemo(() => suggestedEdges(sorted), [sorted]);
  const edges = rule?.edges ?? suggested;
  const points = rule?.points ?? [...edges.map(() => 0), 0];
  // A baseline with other edges has no band to compare each one with.
  const sameBands = !base || base.edges.join() === edges.join();
  const baseOf = (band: number) => (sameBands ? (base?.points[band] ?? 0) : undefined);
  const labels = bandLabels(edges);
  const counts = bandCounts(sorted, edges);
  const split = edges.length < MAX_BAND_EDGES ? splitPoint(sorted, edges) : null;

  const edgeBox = (index: number) => {
    const { above, below } = edgeRange(edges, index);
    return (
      <EdgeInput
        label={`${label} edge ${index + 1}`}
        value={edges[index]}
        above={above}
        below={below}
        onChange={(value) => edit((m) => withBandEdge(m, attribute, index, value, suggested))}
        onRemove={() => edit((m) => withBandEdgeRemoved(m, attribute, index, suggested))}
      />
    );
  };

  return (
    <>
      <p className="panel-help">
        Points per range of {label}. Each band runs from its lower edge up to, not including, the next one; type an edge to move it, × to merge two bands.
      </p>
      {labels.map((bandLabel, band) => (
        <div className="rule-row rule-row-fit" key={band}>
          <div className="rule-name">
            <span className="band-name">
              {edges.length === 0 && 'any value'}
              {edges.length > 0 && band === 0 && <>under {edgeBox(0)}</>}
              {band > 0 && band < edges.length && (
                <>
                  {formatEdge(edges[band - 1])} to under {edgeBox(band)}
                </>
              )}
              {band > 0 && band === edges.length && `${formatEdge(edges[band - 1])} or more`}
            </span>
            <span className="rule-count">{formatCount(counts[band])} leads</span>
          </div>
          <RuleSlider
            label={`${label} ${bandLabel}: points`}
            value={points[band] ?? 0}
            baseline={baseOf(band)}
            {...LIMITS.fitPoints}
            unit="pts"
            onChange={(value) => edit((m) => withBandPoints(m, attribute, band, value, suggested))}
          />
        </div>
      ))}
      <div className="rule-row rule-row-fit">
        <div className="rule-name">
          Blank
          <span className="rule-count">{formatCount(blank)} leads</span>
        </div>
        <RuleSlider
          label={`${label} blank: points`}
          value={rule?.blankPoints ?? 0}
          baseline={base?.blankPoints ?? 0}
          {...LIMITS.fitPoints}
          unit="pts"
          onChange={(value) => edit((m) => withBandPoints(m, attribute, 'blank', value, suggested))}
        />
      </div>
      <div className="band-actions">
        <button
          type="button"
          className="button-secondary"
          disabled={split === null}
          title={split === null ? `At most ${MAX_BAND_EDGES} edges, and only a band with different values can be split` : undefined}
          onClick={() => split !== null && edit((m) => withBandEdgeAdded(m, attribute, split, suggested))}
        >
          Split the fullest band{split !== null ? ` at ${formatEdge(split)}` : ''}
        </button>
      </div>
    </>
  );
}
