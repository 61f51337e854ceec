import { compileModel } from '../engine/compile';
import { fitColumnsOf, type FitColumnKind } from '../engine/fit-columns';
import { scoringCutoff, type LeadTable } from '../engine/lead-table';
import { activityLabel } from '../model/catalog';
import type { ScoringModel } from '../model/scoring-model';
import { twoProportionTest } from '../stats/two-proportion';
import { wilsonInterval, type Interval } from '../stats/wilson';
import { isSql, MIN_VALUE_LEADS } from './features';

export interface RateWithInterval {
  /** Observed leads (sales worked them) in the group. */
  observed: number;
  sqls: number;
  /** NaN when the group has no observed lead. */
  rate: number;
  interval: Interval;
}

/**
 * What a rule is about: a fit value ('fit', attribute key, value or band) or an activity type
 * ('activity', type key, value null). The id is the one suggestions use.
 */
export interface RuleRef {
  id: string;
  kind: 'fit' | 'activity';
  /** How the attribute is scored (per value, yes/no, per range); null for an activity. */
  fitKind: FitColumnKind | null;
  key: string;
  value: string | null;
  label: string;
}

/**
 * Why a rule deserves a look: its points point the other way from the data ('contradicts'), it
 * earns nothing although its leads clearly convert differently ('no-points'), or it touches too
 * few observed leads to judge ('too-rare').
 */
export type SignalFlag = 'contradicts' | 'no-points' | 'too-rare';

export interface SignalRow extends RuleRef {
  /** Points the current model gives (per occurrence for an activity). */
  points: number;
  /** Every lead with it, worked or not. */
  leads: number;
  with: RateWithInterval;
  without: RateWithInterval;
  /** Rate with it over the overall rate of observed leads. */
  lift: number;
  /** Two-proportion test of with against without: |z| is the evidence the rows are sorted by. */
  z: number;
  p: number;
  flags: SignalFlag[];
}

export interface SignalReport {
  overall: RateWithInterval;
  rows: SignalRow[];
  minObserved: number;
}

function rate(sqls: number, observed: number): RateWithInterval {
  return { observed, sqls, rate: observed > 0 ? sqls / observed : NaN, interval: wilsonInterval(sqls, observed) };
}

/** Whether the lead did activity `type` at least once before its cutoff (what it had when sales looked). */
function activityPresence(table: LeadTable, lead: number, seen: Uint8Array): void {
  seen.fill(0);
  const cutoff = scoringCutoff(table, lead);
  for (let e = table.eventOffsets[lead]; e < table.eventOffsets[lead + 1]; e++) {
    if (table.eventTime[e] >= cutoff) break;
    seen[table.eventType[e]] = 1;
  }
}

/**
 * Per fit value and activity type, the SQL rate of observed leads with and without it, with 95 %
 * Wilson intervals, its lift over the average and the evidence that it differs, sorted by that
 * evidence (rare values last). `rows` are the observed leads to learn from.
 */
export function computeSignal(table: LeadTable, model: ScoringModel, rows: Uint32Array, minObserved = MIN_VALUE_LEADS): SignalReport {
  const compiled = compileModel(model, table);
  const fitColumns = fitColumnsOf(model, table);
  let totalSqls = 0;
  for (const lead of rows) totalSqls += isSql(table, lead) ? 1 : 0;
  const overall = rate(totalSqls, rows.length);

  const valueObserved = fitColumns.map((c) => new Uint32Array(c.values.length));
  const valueSqls = fitColumns.map((c) => new Uint32Array(c.values.length));
  const valueLeads = fitColumns.map((c) => new Uint32Array(c.values.length));
  for (let lead = 0; lead < table.n; lead++) fitColumns.forEach((c, a) => valueLeads[a][c.codes[lead]]++);
  const types = table.activityTypes.length;
  const typeObserved = new Uint32Array(types);
  const typeSqls = new Uint32Array(types);
  const seen = new Uint8Array(types);
  for (const lead of rows) {
    const sql = isSql(table, lead) ? 1 : 0;
    fitColumns.forEach((c, a) => {
      valueObserved[a][c.codes[lead]]++;
      valueSqls[a][c.codes[lead]] += sql;
    });
    activityPresence(table, lead, seen);
    for (let t = 0; t < types; t++) {
      typeObserved[t] += seen[t];
      typeSqls[t] += seen[t] & sql;
    }
  }
  // Every lead that did an activity at some point, for "leads touched".
  const typeLeads = new Uint32Array(types);
  for (let lead = 0; lead < table.n; lead++) {
    seen.fill(0);
    for (let e = table.eventOffsets[lead]; e < table.eventOffsets[lead + 1]; e++) seen[table.eventType[e]] = 1;
    for (let t = 0; t < types; t++) typeLeads[t] += seen[t];
  }

  const row = (ref: RuleRef, points: number, leads: number, observed: number, sqls: number): SignalRow => {
    const withIt = rate(sqls, observed);
    const without = rate(totalSqls - sqls, rows.length - observed);
    const test = twoProportionTest(sqls, observed, without.sqls, without.observed);
    const flags: SignalFlag[] = [];
    if (observed < minObserved) flags.push('too-rare');
    else {
      // Judged against the average with the value's own interval, so noise alone never flags it.
      if ((points > 0 && withIt.interval.high < overall.rate) || (points < 0 && withIt.interval.low > overall.rate)) flags.push('contradicts');
      if (points === 0 && test.significant) flags.push('no-points');
    }
    return { ...ref, points, leads, with: withIt, without, lift: withIt.rate / overall.rate, z: test.z, p: test.p, flags };
  };

  const result: SignalRow[] = [];
  fitColumns.forEach((column, a) => {
    column.values.forEach((value, code) => {
      if (valueLeads[a][code] === 0) return;
      const ref: RuleRef = { id: `fit:${column.key}:${value}`, kind: 'fit', fitKind: column.kind, key: column.key, value, label: `${column.label}: ${value}` };
      result.push(row(ref, column.points[code], valueLeads[a][code], valueObserved[a][code], valueSqls[a][code]));
    });
  });
  table.activityTypes.forEach((type, t) => {
    if (typeLeads[t] === 0) return;
    const ref: RuleRef = { id: `activity:${type}`, kind: 'activity', fitKind: null, key: type, value: null, label: activityLabel(type) };
    result.push(row(ref, compiled.points[t], typeLeads[t], typeObserved[t], typeSqls[t]));
  });
  const rare = (r: SignalRow) => (r.flags.includes('too-rare') ? 1 : 0);
  result.sort((x, y) => rare(x) - rare(y) || Math.abs(y.z) - Math.abs(x.z) || x.id.localeCompare(y.id));
  return { overall, rows: result, minObserved };
}
