import { MAX_BAND_EDGES, type BandRule, type ScoringModel } from './scoring-model';

/**
 * Immutable edits of a numeric attribute's bands. A model may have no rule for the attribute yet,
 * while the editor shows suggested edges at 0 points; the first edit then creates the rule with
 * those edges (`suggested`), so what the user saw is what they changed.
 */

function ruleOf(model: ScoringModel, attribute: string, suggested: readonly number[]): BandRule {
  return model.fitBands.find((r) => r.attribute === attribute) ?? { attribute, edges: [...suggested], points: suggested.map(() => 0).concat(0), blankPoints: 0 };
}

function withRule(model: ScoringModel, rule: BandRule): ScoringModel {
  const exists = model.fitBands.some((r) => r.attribute === rule.attribute);
  return { ...model, fitBands: exists ? model.fitBands.map((r) => (r.attribute === rule.attribute ? rule : r)) : [...model.fitBands, rule] };
}

/** Points of band `band` (0 is the lowest), or of leads with no value when `band` is 'blank'. */
export function withBandPoints(model: ScoringModel, attribute: string, band: number | 'blank', points: number, suggested: readonly number[]): ScoringModel {
  const rule = ruleOf(model, attribute, suggested);
  if (band === 'blank') return withRule(model, { ...rule, blankPoints: points });
  if (band < 0 || band >= rule.points.length) return model;
  return withRule(model, { ...rule, points: rule.points.map((p, i) => (i === band ? points : p)) });
}

/**
 * The open interval edge `index` may move in without passing a neighbour: edges must rise
 * strictly, or a band would be empty by definition.
 */
export function edgeRange(edges: readonly number[], index: number): { above: number; below: number } {
  return { above: index > 0 ? edges[index - 1] : -Infinity, below: index < edges.length - 1 ? edges[index + 1] : Infinity };
}

/** Moves one edge; the bands keep their points. A value outside edgeRange leaves the model as it is. */
export function withBandEdge(model: ScoringModel, attribute: string, index: number, value: number, suggested: readonly number[]): ScoringModel {
  const rule = ruleOf(model, attribute, suggested);
  const { above, below } = edgeRange(rule.edges, index);
  if (index < 0 || index >= rule.edges.length || !Number.isFinite(value) || !(value > above && value < below)) return model;
  return withRule(model, { ...rule, edges: rule.edges.map((e, i) => (i === index ? value : e)) });
}

/** Splits the band `edge` falls in at `edge`; both halves keep that band's points until changed. */
export function withBandEdgeAdded(model: ScoringModel, attribute: string, edge: number, suggested: readonly number[]): ScoringModel {
  const rule = ruleOf(model, attribute, suggested);
  if (!Number.isFinite(edge) || rule.edges.includes(edge) || rule.edges.length >= MAX_BAND_EDGES) return model;
  let band = 0;
  while (band < rule.edges.length && rule.edges[band] < edge) band++;
  return withRule(model, {
    ...rule,
    edges: [...rule.edges.slice(0, band), edge, ...rule.edges.slice(band)],
    points: [...rule.points.slice(0, band + 1), rule.points[band], ...rule.points.slice(band + 1)],
  });
}

/** Removes edge `index`, merging the bands on either side; the merged band keeps the lower one's points. */
export function withBandEdgeRemoved(model: ScoringModel, attribute: string, index: number, suggested: readonly number[]): ScoringModel {
  const rule = ruleOf(model, attribute, suggested);
  if (index < 0 || index >= rule.edges.length) return model;
  return withRule(model, {
    ...rule,
    edges: rule.edges.filter((_, i) => i !== index),
    points: rule.points.filter((_, i) => i !== index + 1),
  });
}
