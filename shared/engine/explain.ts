import { activityLabel } from '../model/catalog';
import type { Decay, EngagementRule, ScoringModel } from '../model/scoring-model';
import { compileModel, DAY_MS, gradeOf, levelOf } from './compile';
import { fitColumnsOf, type FitColumnKind } from './fit-columns';
import { scoringCutoff, type LeadTable } from './lead-table';

/** Why one lead scored what it did: every rule's share, every activity's fate, the score over time. */
export interface Explanation {
  lead: number;
  createdAt: number;
  cutoff: number;
  /** Per fit attribute: its label, the lead's value (or band), and the points it earned. */
  fit: { attribute: string; kind: FitColumnKind; value: string; points: number }[];
  fitTotal: number;
  knockout: string | null;
  events: { at: number; type: string; label: string; status: EventStatus; points: number }[];
  /** Points per activity type at the lead's best moment. */
  engagement: { type: string; label: string; counted: number; points: number }[];
  /** The running score (points total, or blend 0–100) after each event and daily in between. */
  timeline: { at: number; score: number }[];
  threshold: number | null;
  mqlAt: number;
  fastTracked: boolean;
  outcome: { workedAt: number; sqlAt: number; opportunityAt: number; won: boolean; dealValue: number };
}

export type EventStatus = 'counted' | 'not counted (cap)' | 'not counted (first time only)' | 'after sales worked it' | 'no rule';

function weight(decay: Decay, age: number): number {
  if (decay.kind === 'half-life') return Math.pow(0.5, age / (decay.days * DAY_MS));
  if (decay.kind === 'linear') return Math.max(0, 1 - (decay.percent / 100) * (age / (decay.periodDays * DAY_MS)));
  return 1;
}

/**
 * Replays one lead from scratch, moment by moment, listing what counts at each moment. It is
 * written independently of the scoring kernel (simple and slow, for one lead at a time), and a
 * test checks both agree, so the panel explains exactly what the engine computed.
 */
export function explainLead(table: LeadTable, model: ScoringModel, lead: number): Explanation {
  const compiled = compileModel(model, table);
  const created = table.createdAt[lead];
  const cutoff = scoringCutoff(table, lead);
  const fit = fitColumnsOf(model, table).map((column) => ({
    attribute: column.label,
    kind: column.kind,
    value: column.values[column.codes[lead]],
    points: column.points[column.codes[lead]],
  }));
  const fitTotal = Math.min(compiled.fitCap, fit.reduce((sum, f) => sum + f.points, 0));
  const valueOf = (key: string) => {
    const column = table.fit.find((c) => c.key === key);
    return column ? column.values[column.codes[lead]] : undefined;
  };
  const knockout = model.knockouts.find((k) => k.enabled && k.values.includes(valueOf(k.attribute) ?? '')) ?? null;
  const channelThreshold = model.channelThresholds[table.channel.values[table.channel.codes[lead]]] ?? model.threshold;
  const grade = gradeOf(fitTotal, compiled.gradeCuts);
  const rules = new Map(model.engagement.map((r) => [r.activity, r]));

  const all = [] as { at: number; type: string }[];
  for (let e = table.eventOffsets[lead]; e < table.eventOffsets[lead + 1]; e++) {
    all.push({ at: table.eventTime[e], type: table.activityTypes[table.eventType[e]] });
  }
  const before = all.filter((e) => e.at < cutoff);

  // The occurrences that count at `moment`, having seen the first `seen` events.
  const counting = (rule: EngagementRule, seen: number, moment: number) => {
    let occurrences = before.slice(0, seen).filter((e) => e.type === rule.activity);
    if (rule.firstTimeOnly) occurrences = occurrences.slice(0, 1);
    if (rule.windowDays !== null) occurrences = occurrences.filter((e) => moment - e.at < (rule.windowDays ?? 0) * DAY_MS);
    return rule.cap === 0 ? [] : occurrences.slice(-rule.cap);
  };
  const engagementAt = (seen: number, moment: number) => {
    const parts = model.engagement.map((rule) => {
      const counted = counting(rule, seen, moment);
      const decay = rule.decay ?? model.decay;
      return { rule, counted: counted.length, points: counted.reduce((sum, e) => sum + rule.points * weight(decay, moment - e.at), 0) };
    });
    return { parts, total: Math.min(compiled.engagementCap, parts.reduce((sum, p) => sum + p.points, 0)) };
  };
  const combined = (engagement: number) =>
    model.mode === 'blend'
      ? 100 *
        (model.fitWeight * Math.min(1, Math.max(0, fitTotal / compiled.fitMax)) +
          (1 - model.fitWeight) * Math.min(1, Math.max(0, engagement / compiled.engagementMax)))
      : fitTotal + engagement;
  const qualifies = (engagement: number) =>
    model.mode === 'matrix'
      ? model.matrix.cells.includes(`${'ABCD'[grade]}${levelOf(engagement, compiled.levelCuts)}`)
      : combined(engagement) >= channelThreshold;

  let mqlAt = qualifies(0) ? created : NaN;
  let fastTracked = false;
  let best = { score: combined(0), seen: 0, moment: created };
  const timeline = [{ at: created, score: combined(0) }];
  const stepDays = Math.max(1, Math.ceil(((before.at(-1)?.at ?? created) - created) / DAY_MS / 200));
  before.forEach((event, i) => {
    const previous = i === 0 ? created : before[i - 1].at;
    for (let t = previous + stepDays * DAY_MS; t < event.at; t += stepDays * DAY_MS) timeline.push({ at: t, score: combined(engagementAt(i, t).total) });
    // Like the engine, an activity that neither scores nor fast-tracks is no scoring moment.
    const rule = rules.get(event.type);
    const scoring = (rule !== undefined && rule.points !== 0) || model.fastTracks.some((f) => f.enabled && f.activity === event.type);
    if (!scoring) return;
    const { total } = engagementAt(i + 1, event.at);
    const score = combined(total);
    timeline.push({ at: event.at, score });
    if (score > best.score) best = { score, seen: i + 1, moment: event.at };
    if (!Number.isNaN(mqlAt)) return;
    const fastTrack = model.fastTracks.find((f) => f.enabled && f.activity === event.type);
    if (fastTrack && grade <= 'ABCD'.indexOf(fastTrack.minGrade)) {
      mqlAt = event.at;
      fastTracked = true;
    } else if (qualifies(total)) mqlAt = event.at;
  });

  const seenOfType = new Map<string, number>();
  const events = all.map((event) => {
    const rule = rules.get(event.type);
    let status: EventStatus = 'counted';
    if (event.at >= cutoff) status = 'after sales worked it';
    else if (!rule || rule.points === 0) status = 'no rule';
    else {
      const seen = (seenOfType.get(event.type) ?? 0) + 1;
      seenOfType.set(event.type, seen);
      if (rule.firstTimeOnly && seen > 1) status = 'not counted (first time only)';
      else if (rule.cap === 0) status = 'not counted (cap)';
    }
    return { at: event.at, type: event.type, label: activityLabel(event.type), status, points: status === 'counted' && rule ? rule.points : 0 };
  });
  const bestParts = engagementAt(best.seen, best.moment).parts;

  return {
    lead,
    createdAt: created,
    cutoff,
    fit,
    fitTotal,
    knockout: knockout?.label ?? null,
    events,
    engagement: bestParts.filter((p) => p.counted > 0).map((p) => ({ type: p.rule.activity, label: activityLabel(p.rule.activity), counted: p.counted, points: p.points })),
    timeline,
    threshold: model.mode === 'matrix' ? null : channelThreshold,
    mqlAt: knockout ? NaN : mqlAt,
    fastTracked: !knockout && fastTracked,
    outcome: {
      workedAt: table.workedAt[lead],
      sqlAt: table.sqlAt[lead],
      opportunityAt: table.opportunityAt[lead],
      won: table.won[lead] === 1,
      dealValue: table.dealValue[lead],
    },
  };
}
