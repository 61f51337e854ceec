import fc from 'fast-check';
import type { Decay, FitGrade, ScoringModel } from '../../../shared/model/scoring-model';
import type { HandLead } from './make-table';
import { testModel } from './model-fixture';

/** Random histories and models covering every rule type and mode, for property tests. */
export const TYPES = ['email_open', 'pricing_page', 'demo_request', 'unsubscribe'];
export const INDUSTRIES = ['Software', 'Retail', 'Media'];
export const CHANNELS = ['Events', 'Display'];

export const leadArb: fc.Arbitrary<HandLead> = fc.record({
  fit: fc.record({ industry: fc.constantFrom(...INDUSTRIES) }),
  channel: fc.constantFrom(...CHANNELS),
  worked: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  sql: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
  events: fc.array(fc.tuple(fc.constantFrom(...TYPES), fc.integer({ min: 0, max: 60 })), { maxLength: 14 }),
});

const decayArb: fc.Arbitrary<Decay> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.record({ kind: fc.constant('half-life' as const), days: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('linear' as const), percent: fc.integer({ min: 5, max: 100 }), periodDays: fc.integer({ min: 1, max: 30 }) }),
);

const ruleArb = fc.record({
  points: fc.integer({ min: -20, max: 40 }),
  cap: fc.integer({ min: 0, max: 5 }),
  firstTimeOnly: fc.boolean(),
  windowDays: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
  decay: fc.option(decayArb, { nil: null }),
});

export const modelArb: fc.Arbitrary<ScoringModel> = fc
  .record({
    mode: fc.constantFrom('points' as const, 'blend' as const, 'matrix' as const),
    threshold: fc.integer({ min: 0, max: 120 }),
    displayThreshold: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    fitWeight: fc.double({ min: 0, max: 1, noNaN: true }),
    industryPoints: fc.tuple(...INDUSTRIES.map(() => fc.integer({ min: -30, max: 30 }))),
    rules: fc.tuple(...TYPES.map(() => ruleArb)),
    decay: decayArb,
    fitCap: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
    engagementCap: fc.option(fc.integer({ min: 0, max: 80 }), { nil: null }),
    cells: fc.subarray(['A1', 'A2', 'A3', 'A4', 'B1', 'B2', 'C1', 'D1', 'D4']),
    knockRetail: fc.boolean(),
    fastTrack: fc.option(fc.constantFrom<FitGrade>('A', 'B', 'C', 'D'), { nil: null }),
  })
  .map((m) =>
    testModel({
      threshold: m.threshold,
      fit: { industry: Object.fromEntries(INDUSTRIES.map((v, i) => [v, m.industryPoints[i]])) },
      engagement: Object.fromEntries(TYPES.map((type, i) => [type, m.rules[i]])),
      extra: {
        mode: m.mode,
        fitWeight: m.fitWeight,
        channelThresholds: m.displayThreshold === undefined ? {} : { Display: m.displayThreshold },
        decay: m.decay,
        fitCap: m.fitCap,
        engagementCap: m.engagementCap,
        matrix: { gradeCuts: [20, 5, -5], levelCuts: [50, 25, 5], cells: m.cells },
        knockouts: [{ id: 'retail', label: 'Retail', enabled: m.knockRetail, attribute: 'industry', values: ['Retail'] }],
        fastTracks: m.fastTrack ? [{ id: 'demo', label: 'Demo', enabled: true, activity: 'demo_request', minGrade: m.fastTrack }] : [],
      },
    }),
  );

