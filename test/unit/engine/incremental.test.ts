import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../shared/engine/compile';
import { computeKpis } from '../../../shared/engine/kpis';
import { computeMetrics, DEFAULT_METRICS_OPTIONS, type MetricsOptions } from '../../../shared/engine/metrics';
import { MetricsTally } from '../../../shared/engine/metrics/metrics-tally';
import { ChangeLog } from '../../../shared/engine/change-log';
import type { LeadTable } from '../../../shared/engine/lead-table';
import { scoreLeads, type LeadScores } from '../../../shared/engine/score';
import { ScoringSession } from '../../../shared/engine/scoring-session';
import { withBandEdge, withBandPoints } from '../../../shared/model/edit-bands';
import { withActivityRule, withBooleanPoints, withChannelThreshold, withFitPoints } from '../../../shared/model/edit-model';
import type { Decay, EngagementRule, FitGrade, ScoringModel } from '../../../shared/model/scoring-model';
import { CHANNELS, INDUSTRIES, modelArb, TYPES } from './arbitraries';
import { makeTable, type HandLead } from './make-table';

const SENIORITIES = ['VP', 'Manager', 'Intern'];
/** A yes/no attribute and a numeric one, kept from the dataset's own columns. */
const CUSTOMER = 'extra:customer';
const EMPLOYEES = 'extra:employees';
/** Edges the band editor would suggest before the model has a band rule. */
const SUGGESTED_EDGES = [50, 200];
const FIT_KEYS = ['industry', 'seniority', CUSTOMER];
const SHAPE = { booleans: [CUSTOMER], numeric: [EMPLOYEES] };

/**
 * Fit attributes of every kind, so a fit edit touches some leads and not others; employee counts
 * often sit exactly on an edge; days may tie, so event order matters.
 */
const leadArb: fc.Arbitrary<HandLead> = fc.record({
  fit: fc.record({ industry: fc.constantFrom(...INDUSTRIES), seniority: fc.constantFrom(...SENIORITIES), [CUSTOMER]: fc.constantFrom('Yes', 'No', '(blank)') }),
  numbers: fc.record({ [EMPLOYEES]: fc.option(fc.oneof(fc.integer({ min: 0, max: 1200 }), fc.constantFrom(50, 200, 500)), { nil: null }) }),
  channel: fc.constantFrom(...CHANNELS),
  worked: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  sql: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  opportunity: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
  won: fc.option(fc.double({ min: 0, max: 1e5, noNaN: true }), { nil: undefined }),
  campaign: fc.constantFrom('Spring', 'Summer', 'Autumn'),
  events: fc.array(fc.tuple(fc.constantFrom(...TYPES), fc.integer({ min: 0, max: 60 })), { maxLength: 14 }),
});

const decayArb: fc.Arbitrary<Decay> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({ kind: fc.constant('half-life' as const), days: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('linear' as const), percent: fc.integer({ min: 5, max: 100 }), periodDays: fc.integer({ min: 1, max: 30 }) }),
);

/** Whole points as the sliders set them, and arbitrary ones as a model file may hold them. */
const pointsArb = (min: number, max: number): fc.Arbitrary<number> =>
  fc.oneof(fc.integer({ min, max }), fc.double({ min, max, noNaN: true }));

/** One edit a user can make between ticks, as data so a failing sequence prints readably. */
type Edit =
  | { kind: 'threshold'; threshold: number }
  | { kind: 'channel-threshold'; threshold: number | null }
  | { kind: 'fit-points'; attribute: string; value: string | null; points: number }
  | { kind: 'band-points'; band: number | 'blank'; points: number }
  | { kind: 'band-edge'; index: number; value: number }
  | { kind: 'bands'; edges: number[]; points: number[]; blankPoints: number }
  | { kind: 'yes-no-points'; answer: 'yes' | 'no' | 'blank'; points: number }
  | { kind: 'activity'; activity: string; change: Partial<Omit<EngagementRule, 'activity'>> }
  | { kind: 'decay'; decay: Decay }
  | { kind: 'knockout-toggle'; enabled: boolean }
  | { kind: 'knockout-values'; attribute: string; values: string[] }
  | { kind: 'fast-track'; minGrade: FitGrade | null }
  | { kind: 'mode'; mode: ScoringModel['mode'] }
  | { kind: 'fit-weight'; fitWeight: number }
  | { kind: 'group-caps'; fitCap: number | null; engagementCap: number | null }
  | { kind: 'matrix'; matrix: ScoringModel['matrix'] };

/** Whole band rules: up to five rising edges (some on values leads have) and points for each band. */
const bandsArb: fc.Arbitrary<Edit> = fc
  .uniqueArray(fc.oneof(fc.integer({ min: 0, max: 1200 }), fc.constantFrom(50, 200, 500)), { maxLength: 5 })
  .chain((edges) =>
    fc.record({
      kind: fc.constant('bands' as const),
      edges: fc.constant([...edges].sort((a, b) => a - b)),
      points: fc.array(pointsArb(-30, 30), { minLength: edges.length + 1, maxLength: edges.length + 1 }),
      blankPoints: pointsArb(-30, 30),
    }),
  );

const extraFitEditArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('band-points' as const), band: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant('blank' as const)), points: pointsArb(-30, 30) }),
  fc.record({ kind: fc.constant('band-edge' as const), index: fc.integer({ min: 0, max: 4 }), value: fc.oneof(fc.integer({ min: 0, max: 1200 }), fc.constantFrom(50, 200, 500)) }),
  bandsArb,
  fc.record({ kind: fc.constant('yes-no-points' as const), answer: fc.constantFrom('yes' as const, 'no' as const, 'blank' as const), points: pointsArb(-30, 30) }),
);

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  extraFitEditArb,
  fc.record({ kind: fc.constant('threshold' as const), threshold: pointsArb(0, 120) }),
  fc.record({ kind: fc.constant('channel-threshold' as const), threshold: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }) }),
  fc.oneof(
    fc.record({ kind: fc.constant('fit-points' as const), attribute: fc.constant('industry'), value: fc.option(fc.constantFrom(...INDUSTRIES), { nil: null }), points: pointsArb(-30, 30) }),
    fc.record({ kind: fc.constant('fit-points' as const), attribute: fc.constant('seniority'), value: fc.option(fc.constantFrom(...SENIORITIES), { nil: null }), points: pointsArb(-30, 30) }),
  ),
  fc.record({
    kind: fc.constant('activity' as const),
    activity: fc.constantFrom(...TYPES),
    change: fc.oneof(
      fc.record({ points: pointsArb(-20, 40) }),
      fc.record({ cap: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ firstTimeOnly: fc.boolean() }),
      fc.record({ windowDays: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }) }),
      fc.record({ decay: fc.option(decayArb, { nil: null }) }),
    ),
  }),
  fc.record({ kind: fc.constant('decay' as const), decay: decayArb }),
  fc.record({ kind: fc.constant('knockout-toggle' as const), enabled: fc.boolean() }),
  fc.oneof(
    fc.record({ kind: fc.constant('knockout-values' as const), attribute: fc.constant('industry'), values: fc.subarray(INDUSTRIES) }),
    fc.record({ kind: fc.constant('knockout-values' as const), attribute: fc.constant('seniority'), values: fc.subarray(SENIORITIES) }),
  ),
  fc.record({ kind: fc.constant('fast-track' as const), minGrade: fc.option(fc.constantFrom<FitGrade>('A', 'B', 'C', 'D'), { nil: null }) }),
  fc.record({ kind: fc.constant('mode' as const), mode: fc.constantFrom('points' as const, 'blend' as const, 'matrix' as const) }),
  // Weights next to 1 leave engagement so little say that distinct engagements can round to one
  // blend score: the ties the best moment must resolve as the replay does.
  fc.record({
    kind: fc.constant('fit-weight' as const),
    fitWeight: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.6, 1, 1 - 2 ** -53, 1 - 2 ** -50, 1 - 2 ** -47)),
  }),
  fc.record({
    kind: fc.constant('group-caps' as const),
    fitCap: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
    engagementCap: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
  }),
  fc.record({
    kind: fc.constant('matrix' as const),
    matrix: fc.record({
      gradeCuts: fc.tuple(fc.integer({ min: 10, max: 30 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: -20, max: -1 })),
      levelCuts: fc.tuple(fc.integer({ min: 40, max: 80 }), fc.integer({ min: 15, max: 39 }), fc.integer({ min: 1, max: 14 })),
      cells: fc.subarray(['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'B3', 'C1', 'C4', 'D1', 'D4']),
    }),
  }),
);

function applyEdit(model: ScoringModel, edit: Edit): ScoringModel {
  switch (edit.kind) {
    case 'threshold':
      return { ...model, threshold: edit.threshold };
    case 'channel-threshold':
      return withChannelThreshold(model, 'Display', edit.threshold);
    case 'fit-points':
      return withFitPoints(model, edit.attribute, edit.value, edit.points);
    case 'band-points':
      return withBandPoints(model, EMPLOYEES, edit.band, edit.points, SUGGESTED_EDGES);
    case 'band-edge':
      return withBandEdge(model, EMPLOYEES, edit.index, edit.value, SUGGESTED_EDGES);
    case 'bands':
      return { ...model, fitBands: [{ attribute: EMPLOYEES, edges: edit.edges, points: edit.points, blankPoints: edit.blankPoints }] };
    case 'yes-no-points':
      return withBooleanPoints(model, CUSTOMER, edit.answer, edit.points);
    case 'activity':
      return withActivityRule(model, edit.activity, edit.change);
    case 'decay':
      return { ...model, decay: edit.decay };
    case 'knockout-toggle':
      return { ...model, knockouts: model.knockouts.map((k) => ({ ...k, enabled: edit.enabled })) };
    case 'knockout-values':
      return { ...model, knockouts: [...model.knockouts.slice(0, 1), { id: 'extra', label: 'Extra', enabled: true, attribute: edit.attribute, values: edit.values }] };
    case 'fast-track':
      return { ...model, fastTracks: edit.minGrade ? [{ id: 'demo', label: 'Demo', enabled: true, activity: 'demo_request', minGrade: edit.minGrade }] : [] };
    case 'mode':
      return { ...model, mode: edit.mode };
    case 'fit-weight':
      return { ...model, fitWeight: edit.fitWeight };
    case 'group-caps':
      return { ...model, fitCap: edit.fitCap, engagementCap: edit.engagementCap };
    case 'matrix':
      return { ...model, matrix: edit.matrix };
  }
}

const FIELDS = ['fit', 'engagement', 'score', 'mqlAt', 'mql', 'knockedOut', 'fastTracked'] as const;

/** Every LeadScores array, element by element with Object.is: bit-for-bit, NaN equal to NaN. */
function expectSameScores(actual: LeadScores, expected: LeadScores, step: number): void {
  for (const field of FIELDS) {
    const a = actual[field];
    const b = expected[field];
    expect(a.length).toBe(b.length);
    for (let lead = 0; lead < b.length; lead++) {
      if (!Object.is(a[lead], b[lead])) {
        expect.fail(`step ${step}: ${field}[${lead}] is ${a[lead]}, a full recompute gives ${b[lead]}`);
      }
    }
  }
}

/** A second reader's copy of a tick's change log (the first reader clears the session's). */
function replayed(n: number, everything: boolean, leads: Uint32Array): ChangeLog {
  const log = new ChangeLog(n);
  log.clear();
  if (everything) log.recordAll();
  for (const lead of leads) log.record(lead);
  log.beyondMoments = true;
  return log;
}

/** The views' choices change now and then, as a user switches grain or breakdown mid-session. */
function optionsAt(step: number): MetricsOptions {
  return { ...DEFAULT_METRICS_OPTIONS, grain: step % 5 === 3 ? 'month' : 'week', breakdown: step % 4 === 3 ? 'campaign' : 'channel', nearMissBand: 5 + (step % 3) * 5 };
}

/**
 * Runs the edits through one session and checks it against a from-scratch recompute after each:
 * every score, the KPIs, and every view's metrics as the running MetricsTally keeps them (one
 * tally skipping some ticks, as the worker does while a slider is dragged).
 */
function checkSequence(table: LeadTable, start: ScoringModel, edits: Edit[]): void {
  const session = new ScoringSession(table);
  // Lead by lead on every tick: on tables this small most edits touch more leads than the
  // share beyond which the tally would count afresh, and that path must be right too.
  const metrics = new MetricsTally(table, Infinity);
  const recounting = new MetricsTally(table);
  const baseline = scoreLeads(table, compileModel(start, table));
  let model = start;
  for (let step = 0; step <= edits.length; step++) {
    if (step > 0) model = applyEdit(model, edits[step - 1]);
    const kpis = step % 2 === 0 ? session.evaluate(model) : null;
    const { scores } = session.score(model);
    const compiled = compileModel(model, table);
    const fresh = scoreLeads(table, compiled);
    expectSameScores(scores, fresh, step);
    expect(kpis ?? session.evaluate(model)).toEqual(computeKpis(table, fresh, compiled));
    const options = optionsAt(step);
    const expected = computeMetrics(table, model, fresh, baseline, options);
    const everything = session.changes.everything;
    const touched = session.changes.leads().slice();
    // The worker skips the views of a tick a newer one overtook; the next update catches up
    // with the leads of both, from the change log the session kept adding to.
    const overtaken = step % 3 === 1 && step < edits.length;
    if (!overtaken) expect(metrics.update(model, scores, session.changes, baseline, options), `metrics at step ${step}`).toEqual(expected);
    expect(recounting.update(model, scores, replayed(table.n, everything, touched), baseline, options), `recounted metrics at step ${step}`).toEqual(expected);
  }
}

describe('incremental scoring session', () => {
  it('equals a full recompute after every edit of a random sequence, on random histories', () => {
    fc.assert(
      fc.property(fc.array(leadArb, { minLength: 1, maxLength: 30 }), modelArb, fc.array(editArb, { minLength: 1, maxLength: 12 }), (leads, model, edits) => {
        checkSequence(makeTable(leads, FIT_KEYS, SHAPE), model, edits);
      }),
      { numRuns: 400 },
    );
  });

  it('equals a full recompute while one slider is dragged back and forth', () => {
    const drags: fc.Arbitrary<Edit[]> = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 120 }).map((threshold): Edit => ({ kind: 'threshold', threshold })), { minLength: 2, maxLength: 15 }),
      fc.array(fc.integer({ min: -30, max: 30 }).map((points): Edit => ({ kind: 'fit-points', attribute: 'industry', value: 'Software', points })), { minLength: 2, maxLength: 15 }),
      fc.array(fc.integer({ min: -20, max: 40 }).map((points): Edit => ({ kind: 'activity', activity: 'email_open', change: { points } })), { minLength: 2, maxLength: 15 }),
      fc.array(fc.integer({ min: 0, max: 5 }).map((cap): Edit => ({ kind: 'activity', activity: 'pricing_page', change: { cap } })), { minLength: 2, maxLength: 15 }),
      fc.array(fc.integer({ min: 1, max: 60 }).map((days): Edit => ({ kind: 'decay', decay: { kind: 'half-life', days } })), { minLength: 2, maxLength: 15 }),
      fc.array(fc.integer({ min: 0, max: 20 }).map((w): Edit => ({ kind: 'fit-weight', fitWeight: w / 20 })), { minLength: 2, maxLength: 15 }),
      fc.array(fc.integer({ min: -30, max: 30 }).map((points): Edit => ({ kind: 'band-points', band: 1, points })), { minLength: 2, maxLength: 15 }),
      // An edge dragged across values leads have, and across its neighbour (which leaves it be).
      fc.array(fc.integer({ min: 0, max: 400 }).map((value): Edit => ({ kind: 'band-edge', index: 0, value })), { minLength: 2, maxLength: 15 }),
      fc.array(fc.integer({ min: -30, max: 30 }).map((points): Edit => ({ kind: 'yes-no-points', answer: 'yes', points })), { minLength: 2, maxLength: 15 }),
    );
    fc.assert(
      fc.property(fc.array(leadArb, { minLength: 20, maxLength: 120 }), modelArb, drags, (leads, model, edits) => {
        checkSequence(makeTable(leads, FIT_KEYS, SHAPE), model, edits);
      }),
      { numRuns: 150 },
    );
  });

  it('equals a full recompute on a table of several thousand leads (several blocks of the threshold pass)', () => {
    const leads = fc.sample(leadArb, { seed: 42, numRuns: 9_000 });
    const table = makeTable(leads, FIT_KEYS, SHAPE);
    const [base] = fc.sample(
      modelArb.filter((m) => m.mode !== 'matrix'),
      { seed: 3, numRuns: 1 },
    );
    const drag = (edit: (step: number) => Edit): Edit[] => Array.from({ length: 6 }, (_, step) => edit(step));
    const edits: Edit[] = [
      ...drag((step) => ({ kind: 'threshold', threshold: 20 + 7 * step })),
      ...drag((step) => ({ kind: 'threshold', threshold: 60 - 9 * step })),
      { kind: 'channel-threshold', threshold: 35 },
      ...drag((step) => ({ kind: 'threshold', threshold: 10 + 11 * step })),
      ...drag((step) => ({ kind: 'fit-points', attribute: 'industry', value: 'Software', points: 25 - 8 * step })),
      ...drag((step) => ({ kind: 'band-points', band: step % 3, points: 20 - 7 * step })),
      ...drag((step) => ({ kind: 'band-edge', index: 1, value: 150 + 90 * step })),
      ...drag((step) => ({ kind: 'yes-no-points', answer: step % 2 ? 'no' : 'blank', points: 12 - 5 * step })),
      { kind: 'fast-track', minGrade: 'C' },
      ...drag((step) => ({ kind: 'threshold', threshold: 70 - 10 * step })),
    ];
    checkSequence(table, base, edits);
  });

  it('returns the same buffers every call, current after each', () => {
    const table = makeTable([{ fit: { industry: 'Software' }, events: [['pricing_page', 1]] }, { fit: { industry: 'Retail' } }], ['industry']);
    const session = new ScoringSession(table);
    const base: ScoringModel = fc.sample(modelArb, { seed: 7, numRuns: 1 })[0];
    const first = session.score({ ...base, mode: 'points', threshold: 0 }).scores;
    const second = session.score({ ...base, mode: 'points', threshold: 1000 }).scores;
    expect(second).toBe(first);
    expect(Array.from(second.mql)).toEqual([0, 0]);
  });
});
