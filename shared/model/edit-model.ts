import type { BooleanRule, EngagementRule, FitGrade, ScoringModel } from './scoring-model';

/**
 * Immutable edits of a scoring model, one per kind of control. Each returns a new model and
 * leaves the old one untouched, so the previous state can be kept for comparison and undo.
 */
export function withChanges(model: ScoringModel, change: Partial<Omit<ScoringModel, 'version'>>): ScoringModel {
  return { ...model, ...change };
}

export function withThreshold(model: ScoringModel, threshold: number): ScoringModel {
  return { ...model, threshold };
}

export function withFitPoints(model: ScoringModel, attribute: string, value: string | null, points: number): ScoringModel {
  const apply = (rule: ScoringModel['fit'][number]) =>
    value === null ? { ...rule, otherPoints: points } : { ...rule, points: { ...rule.points, [value]: points } };
  const exists = model.fit.some((rule) => rule.attribute === attribute);
  const fit = exists
    ? model.fit.map((rule) => (rule.attribute === attribute ? apply(rule) : rule))
    : [...model.fit, apply({ attribute, points: {}, otherPoints: 0 })];
  return { ...model, fit };
}

/** Points for yes, no or blank of a yes/no attribute; the rule starts at 0 points for each. */
export function withBooleanPoints(model: ScoringModel, attribute: string, answer: 'yes' | 'no' | 'blank', points: number): ScoringModel {
  const rule: BooleanRule = model.fitBooleans.find((r) => r.attribute === attribute) ?? { attribute, yes: 0, no: 0, blank: 0 };
  const next = { ...rule, [answer]: points };
  const exists = model.fitBooleans.includes(rule);
  return { ...model, fitBooleans: exists ? model.fitBooleans.map((r) => (r === rule ? next : r)) : [...model.fitBooleans, next] };
}

export function withActivityRule(model: ScoringModel, activity: string, change: Partial<Omit<EngagementRule, 'activity'>>): ScoringModel {
  const exists = model.engagement.some((rule) => rule.activity === activity);
  const engagement = exists
    ? model.engagement.map((rule) => (rule.activity === activity ? { ...rule, ...change } : rule))
    : [...model.engagement, { activity, points: 0, cap: 1, firstTimeOnly: false, windowDays: null, decay: null, ...change }];
  return { ...model, engagement };
}

export function withChannelThreshold(model: ScoringModel, channel: string, threshold: number | null): ScoringModel {
  const channelThresholds = { ...model.channelThresholds };
  if (threshold === null) delete channelThresholds[channel];
  else channelThresholds[channel] = threshold;
  return { ...model, channelThresholds };
}

export function withKnockout(model: ScoringModel, id: string, enabled: boolean): ScoringModel {
  return { ...model, knockouts: model.knockouts.map((k) => (k.id === id ? { ...k, enabled } : k)) };
}

/**
 * A new knock-out, switched on: leads whose `attribute` is one of `values` are never MQLs. Its id
 * is made from the attribute and kept unique, so scenarios and diffs can tell knock-outs apart.
 */
export function withNewKnockout(model: ScoringModel, rule: { label: string; attribute: string; values: string[] }): ScoringModel {
  const base = `${rule.attribute}-${rule.values.join('-')}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60);
  let id = base;
  for (let n = 2; model.knockouts.some((k) => k.id === id); n++) id = `${base}-${n}`;
  return { ...model, knockouts: [...model.knockouts, { id, label: rule.label, enabled: true, attribute: rule.attribute, values: [...rule.values] }] };
}

export function withoutKnockout(model: ScoringModel, id: string): ScoringModel {
  return { ...model, knockouts: model.knockouts.filter((k) => k.id !== id) };
}

export function withFastTrack(model: ScoringModel, id: string, change: { enabled?: boolean; minGrade?: ScoringModel['fastTracks'][number]['minGrade'] }): ScoringModel {
  return { ...model, fastTracks: model.fastTracks.map((f) => (f.id === id ? { ...f, ...change } : f)) };
}

/** A new fast-track, switched on: a lead doing `activity` with fit `minGrade` or better is an MQL at once. */
export function withNewFastTrack(model: ScoringModel, rule: { label: string; activity: string; minGrade: FitGrade }): ScoringModel {
  const base = `fast-${rule.activity}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  let id = base;
  for (let n = 2; model.fastTracks.some((f) => f.id === id); n++) id = `${base}-${n}`;
  return { ...model, fastTracks: [...model.fastTracks, { id, label: rule.label, enabled: true, activity: rule.activity, minGrade: rule.minGrade }] };
}

export function withoutFastTrack(model: ScoringModel, id: string): ScoringModel {
  return { ...model, fastTracks: model.fastTracks.filter((f) => f.id !== id) };
}

export function withMatrixCell(model: ScoringModel, cell: string, on: boolean): ScoringModel {
  const cells = model.matrix.cells.filter((c) => c !== cell);
  if (on) cells.push(cell);
  return { ...model, matrix: { ...model.matrix, cells: cells.sort() } };
}
