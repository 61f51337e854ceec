import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScoringSession } from '../../../shared/engine/scoring-session';
import type { Decay, ScoringModel } from '../../../shared/model/scoring-model';
import { leadArb, modelArb } from './arbitraries';
import { makeTable, type HandLead } from './make-table';

function decayWeight(decay: Decay, ageDays: number): number {
  if (decay.kind === 'half-life') return Math.pow(0.5, ageDays / decay.days);
  if (decay.kind === 'linear') return Math.max(0, 1 - (decay.percent / 100) * (ageDays / decay.periodDays));
  return 1;
}

/**
 * The MQL rule written as plainly as possible and independently of the engine's incremental
 * state: after each activity that scores or fast-tracks, list the occurrences that count at that moment from scratch
 * (first-time-only, inside the window, the most recent `cap`), weigh each by its decay, and test
 * the rule.
 */
function naiveMqlFlags(leads: HandLead[], model: ScoringModel): boolean[] {
  const industry = model.fit[0];
  const fitMax = Math.min(model.fitCap ?? Infinity, Math.max(0, industry.otherPoints, ...Object.values(industry.points)));
  const engagementMax = Math.min(
    model.engagementCap ?? Infinity,
    model.engagement.reduce((sum, r) => sum + Math.max(0, r.points) * (r.firstTimeOnly ? Math.min(1, r.cap) : r.cap), 0),
  );
  const combined = (fit: number, engagement: number) =>
    model.mode === 'blend'
      ? 100 * (model.fitWeight * Math.min(1, Math.max(0, fit / Math.max(1, fitMax))) +
          (1 - model.fitWeight) * Math.min(1, Math.max(0, engagement / Math.max(1, engagementMax))))
      : fit + engagement;
  const [a, b, c] = model.matrix.gradeCuts;
  const grade = (fit: number) => (fit >= a ? 'A' : fit >= b ? 'B' : fit >= c ? 'C' : 'D');
  const [l1, l2, l3] = model.matrix.levelCuts;
  const level = (e: number) => (e >= l1 ? 1 : e >= l2 ? 2 : e >= l3 ? 3 : 4);

  return leads.map((lead) => {
    if (model.knockouts.some((k) => k.enabled && k.values.includes(lead.fit?.industry ?? ''))) return false;
    const fit = Math.min(model.fitCap ?? Infinity, industry.points[lead.fit?.industry ?? ''] ?? 0);
    const threshold = model.channelThresholds[lead.channel ?? ''] ?? model.threshold;
    const meets = (engagement: number) =>
      model.mode === 'matrix'
        ? model.matrix.cells.includes(`${grade(fit)}${level(engagement)}`)
        : combined(fit, engagement) >= threshold;
    if (meets(0)) return true;
    const cutoff = Math.min(lead.worked ?? Infinity, lead.sql ?? Infinity);
    const events = [...(lead.events ?? [])].sort((x, y) => x[1] - y[1]).filter(([, day]) => day < cutoff);
    for (let i = 0; i < events.length; i++) {
      const [type, now] = events[i];
      const fastTrack = model.fastTracks.find((f) => f.enabled && f.activity === type);
      // The rule is tested at the moments of activities that score or fast-track, as the engine
      // and the explain panel do: with negative points decaying, the score also rises between
      // activities, and a zero-point email open must not become a moment of its own.
      if (!fastTrack && (model.engagement.find((r) => r.activity === type)?.points ?? 0) === 0) continue;
      if (fastTrack && 'ABCD'.indexOf(grade(fit)) <= 'ABCD'.indexOf(fastTrack.minGrade)) return true;
      let engagement = 0;
      for (const rule of model.engagement) {
        let occurrences = events.slice(0, i + 1).filter(([t]) => t === rule.activity);
        if (rule.firstTimeOnly) occurrences = occurrences.slice(0, 1);
        const lifetimeOk = ([, day]: [string, number]) => rule.windowDays === null || now - day < rule.windowDays;
        const alive = occurrences.filter(lifetimeOk);
        const counted = rule.cap === 0 ? [] : alive.slice(-rule.cap);
        const decay = rule.decay ?? model.decay;
        for (const [, day] of counted) engagement += rule.points * decayWeight(decay, now - day);
      }
      if (meets(Math.min(engagement, model.engagementCap ?? Infinity))) return true;
    }
    return false;
  });
}

describe('engine invariants on random histories', () => {
  it('agrees with a from-scratch replay of every lead, for every rule type and mode', () => {
    fc.assert(
      fc.property(fc.array(leadArb, { minLength: 1, maxLength: 30 }), modelArb, (leads, model) => {
        const { scores } = new ScoringSession(makeTable(leads, ['industry'])).score(model);
        expect(Array.from(scores.mql, (flag) => flag === 1)).toEqual(naiveMqlFlags(leads, model));
      }),
      { numRuns: 400 },
    );
  });

  it('never gains MQLs when the threshold rises (points and blend modes)', () => {
    const thresholdModels = modelArb.filter((m) => m.mode !== 'matrix' && Object.keys(m.channelThresholds).length === 0);
    fc.assert(
      fc.property(fc.array(leadArb, { minLength: 1, maxLength: 30 }), thresholdModels, fc.integer({ min: 1, max: 50 }), (leads, model, rise) => {
        const session = new ScoringSession(makeTable(leads, ['industry']));
        const lower = session.evaluate(model);
        const higher = session.evaluate({ ...model, threshold: model.threshold + rise });
        expect(higher.mqls).toBeLessThanOrEqual(lower.mqls);
        expect(higher.mqlSqls).toBeLessThanOrEqual(lower.mqlSqls);
      }),
      { numRuns: 200 },
    );
  });

  it('never raises a count by switching a knock-out on', () => {
    fc.assert(
      fc.property(fc.array(leadArb, { minLength: 1, maxLength: 30 }), modelArb, (leads, model) => {
        const session = new ScoringSession(makeTable(leads, ['industry']));
        const off = session.evaluate({ ...model, knockouts: model.knockouts.map((k) => ({ ...k, enabled: false })) });
        const on = session.evaluate({ ...model, knockouts: model.knockouts.map((k) => ({ ...k, enabled: true })) });
        for (const key of ['mqls', 'mqlsObserved', 'mqlsUnobserved', 'mqlSqls', 'fastTracked'] as const) {
          expect(on[key]).toBeLessThanOrEqual(off[key]);
        }
        expect(off.mqls - on.mqls).toBe(on.knockoutRemovals.retail);
        expect(on.mqlsObserved + on.mqlsUnobserved).toBe(on.mqls);
      }),
      { numRuns: 200 },
    );
  });
});
