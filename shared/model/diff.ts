import { bandLabels, describeBands } from './bands';
import { activityLabel, fitAttributeLabel, type AttributeLabels } from './catalog';
import { describeDecay, describeEngagementLimits, describeMinGrade, describeQualification } from './describe';
import type { ScoringModel } from './scoring-model';

/** One rule that differs between two models, in words a workshop can read aloud. */
export interface RuleDifference {
  rule: string;
  from: string;
  to: string;
}

const points = (value: number | undefined) => (value === undefined ? '0' : String(value));
const onOff = (on: boolean | undefined) => (on ? 'on' : 'off');

/**
 * Every difference from `a` to `b`, e.g. "Pricing-page visit: points 25 → 30". `labels` names the
 * dataset's own attributes as its columns do.
 */
export function diffModels(a: ScoringModel, b: ScoringModel, labels: AttributeLabels = {}): RuleDifference[] {
  const differences: RuleDifference[] = [];
  const add = (rule: string, from: string, to: string) => {
    if (from !== to) differences.push({ rule, from, to });
  };
  add('MQL rule', describeQualification(a), describeQualification(b));
  if (a.mode === 'matrix' || b.mode === 'matrix') {
    add('Fit grade cut points (A, B, C)', a.matrix.gradeCuts.join(', '), b.matrix.gradeCuts.join(', '));
    add('Engagement level cut points (1, 2, 3)', a.matrix.levelCuts.join(', '), b.matrix.levelCuts.join(', '));
  }
  add('Decay of all activities', describeDecay(a.decay), describeDecay(b.decay));
  add('Ceiling on fit points', a.fitCap === null ? 'none' : String(a.fitCap), b.fitCap === null ? 'none' : String(b.fitCap));
  add('Ceiling on engagement points', a.engagementCap === null ? 'none' : String(a.engagementCap), b.engagementCap === null ? 'none' : String(b.engagementCap));

  const attributes = [...new Set([...a.fit, ...b.fit].map((r) => r.attribute))];
  for (const attribute of attributes) {
    const ra = a.fit.find((r) => r.attribute === attribute);
    const rb = b.fit.find((r) => r.attribute === attribute);
    const values = [...new Set([...Object.keys(ra?.points ?? {}), ...Object.keys(rb?.points ?? {})])];
    for (const value of values) {
      add(`${fitAttributeLabel(attribute, labels)} ${value}: points`, points(ra?.points[value] ?? ra?.otherPoints), points(rb?.points[value] ?? rb?.otherPoints));
    }
    add(`${fitAttributeLabel(attribute, labels)} any other value: points`, points(ra?.otherPoints), points(rb?.otherPoints));
  }

  for (const attribute of [...new Set([...a.fitBands, ...b.fitBands].map((r) => r.attribute))]) {
    const ra = a.fitBands.find((r) => r.attribute === attribute);
    const rb = b.fitBands.find((r) => r.attribute === attribute);
    const name = fitAttributeLabel(attribute, labels);
    // Same edges: band by band, as a slider moved. Other edges: the bands no longer match one to
    // one, so the whole rule before and after.
    if (ra && rb && ra.edges.join() === rb.edges.join()) {
      bandLabels(rb.edges).forEach((band, i) => add(`${name} ${band}: points`, points(ra.points[i]), points(rb.points[i])));
      add(`${name} blank: points`, points(ra.blankPoints), points(rb.blankPoints));
    } else add(`${name}: points per range`, describeBands(ra), describeBands(rb));
  }

  for (const attribute of [...new Set([...a.fitBooleans, ...b.fitBooleans].map((r) => r.attribute))]) {
    const ra = a.fitBooleans.find((r) => r.attribute === attribute);
    const rb = b.fitBooleans.find((r) => r.attribute === attribute);
    const name = fitAttributeLabel(attribute, labels);
    add(`${name} yes: points`, points(ra?.yes), points(rb?.yes));
    add(`${name} no: points`, points(ra?.no), points(rb?.no));
    add(`${name} blank: points`, points(ra?.blank), points(rb?.blank));
  }

  const activities = [...new Set([...a.engagement, ...b.engagement].map((r) => r.activity))];
  for (const activity of activities) {
    const ra = a.engagement.find((r) => r.activity === activity);
    const rb = b.engagement.find((r) => r.activity === activity);
    add(`${activityLabel(activity)}: points`, points(ra?.points), points(rb?.points));
    add(`${activityLabel(activity)}: counting`, ra ? describeEngagementLimits(ra) : 'not scored', rb ? describeEngagementLimits(rb) : 'not scored');
  }

  for (const id of [...new Set([...a.knockouts, ...b.knockouts].map((k) => k.id))]) {
    const ka = a.knockouts.find((k) => k.id === id);
    const kb = b.knockouts.find((k) => k.id === id);
    // A knock-out only one model has reads "none" on the other side; a changed condition is named.
    const state = (k: typeof ka) => (k ? `${onOff(k.enabled)} (${fitAttributeLabel(k.attribute, labels)} is ${k.values.join(' or ')})` : 'none');
    add(`Knock-out: ${(kb ?? ka)?.label}`, state(ka), state(kb));
  }
  for (const id of [...new Set([...a.fastTracks, ...b.fastTracks].map((f) => f.id))]) {
    const fa = a.fastTracks.find((f) => f.id === id);
    const fb = b.fastTracks.find((f) => f.id === id);
    const state = (f: typeof fa) => (f ? (f.enabled ? `on (${activityLabel(f.activity)}, fit ${describeMinGrade(f.minGrade)})` : 'off') : 'none');
    add(`Fast-track: ${(fb ?? fa)?.label}`, state(fa), state(fb));
  }
  return differences;
}
