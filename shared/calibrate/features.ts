import { compileModel, DAY_MS, DECAY_HALF_LIFE, DECAY_LINEAR, DECAY_NONE } from '../engine/compile';
import { fitColumnsOf, type FitColumn } from '../engine/fit-columns';
import { scoringCutoff, type LeadTable } from '../engine/lead-table';
import type { Decay, ScoringModel } from '../model/scoring-model';
import type { SparseDesign } from '../stats/logistic';

/** Activities the model has no rule for are counted like this, so they can be suggested too. */
export const DEFAULT_ACTIVITY_CAP = 3;
/** Fit values seen on fewer observed leads than this are pooled: too rare to weigh on their own. */
export const MIN_VALUE_LEADS = 30;

/**
 * Whether history knows how the lead turned out: sales worked it, or it has an SQL date (which
 * means sales worked it even where the export lacks a first-touch date). Only these leads can
 * teach anything about conversion.
 */
export function isObserved(table: LeadTable, lead: number): boolean {
  return !Number.isNaN(table.workedAt[lead]) || !Number.isNaN(table.sqlAt[lead]);
}

export function isSql(table: LeadTable, lead: number): boolean {
  return !Number.isNaN(table.sqlAt[lead]);
}

/** Rows of the observed leads for which `keep` holds, in table order. */
export function observedLeads(table: LeadTable, keep: (lead: number) => boolean = () => true): Uint32Array {
  const rows: number[] = [];
  for (let lead = 0; lead < table.n; lead++) if (isObserved(table, lead) && keep(lead)) rows.push(lead);
  return Uint32Array.from(rows);
}

/** How one activity type is counted: the model's rule, or the default for types it has none for. */
export interface ActivityCounting {
  type: number;
  key: string;
  cap: number;
  firstTimeOnly: boolean;
  /** Milliseconds an occurrence keeps counting; Infinity for ever. */
  lifetime: number;
  decayKind: number;
  decayRate: number;
  /** False when the model has no counting rule for the type and DEFAULT_ACTIVITY_CAP applies. */
  fromRule: boolean;
}

function decayOf(decay: Decay): { kind: number; rate: number; lifetime: number } {
  if (decay.kind === 'half-life') return { kind: DECAY_HALF_LIFE, rate: Math.LN2 / (decay.days * DAY_MS), lifetime: Infinity };
  if (decay.kind === 'linear') {
    const rate = decay.percent / 100 / (decay.periodDays * DAY_MS);
    return { kind: DECAY_LINEAR, rate, lifetime: 1 / rate };
  }
  return { kind: DECAY_NONE, rate: 0, lifetime: Infinity };
}

/** The counting of every activity type of the table, taken from the compiled model so it matches the engine. */
export function activityCountings(table: LeadTable, model: ScoringModel): ActivityCounting[] {
  const compiled = compileModel(model, table);
  const fallback = decayOf(model.decay);
  return table.activityTypes.map((key, type) => {
    const fromRule = compiled.cap[type] > 0;
    return fromRule
      ? {
          type,
          key,
          cap: compiled.cap[type],
          firstTimeOnly: compiled.firstTimeOnly[type] === 1,
          lifetime: compiled.lifetime[type],
          decayKind: compiled.decayKind[type],
          decayRate: compiled.decayRate[type],
          fromRule,
        }
      : { type, key, cap: DEFAULT_ACTIVITY_CAP, firstTimeOnly: false, lifetime: fallback.lifetime, decayKind: fallback.kind, decayRate: fallback.rate, fromRule };
  });
}

function decayWeight(counting: ActivityCounting, age: number): number {
  if (counting.decayKind === DECAY_HALF_LIFE) return Math.exp(-counting.decayRate * age);
  if (counting.decayKind === DECAY_LINEAR) return Math.max(0, 1 - counting.decayRate * age);
  return 1;
}

/**
 * Per activity type, what the lead's occurrences were worth at its last event before the cutoff:
 * the most recent `cap` occurrences (or the first one, for first-time-only rules) still inside
 * their window, each weighted by its decay. This is what the engine counts at that moment, so a
 * weight fitted to it means the same as the points it becomes. `taken` is scratch of one entry
 * per type.
 */
export function countActivities(table: LeadTable, lead: number, countings: ActivityCounting[], out: Float64Array, taken: Uint16Array): void {
  out.fill(0);
  taken.fill(0);
  const start = table.eventOffsets[lead];
  const cutoff = scoringCutoff(table, lead);
  let end = start;
  while (end < table.eventOffsets[lead + 1] && table.eventTime[end] < cutoff) end++;
  if (end === start) return;
  const moment = table.eventTime[end - 1];
  for (let e = end - 1; e >= start; e--) {
    const counting = countings[table.eventType[e]];
    const age = moment - table.eventTime[e];
    if (counting.firstTimeOnly || taken[counting.type] >= counting.cap || age >= counting.lifetime) continue;
    taken[counting.type]++;
    out[counting.type] += decayWeight(counting, age);
  }
  for (const counting of countings) {
    if (!counting.firstTimeOnly) continue;
    for (let e = start; e < end; e++) {
      if (table.eventType[e] !== counting.type) continue;
      const age = moment - table.eventTime[e];
      if (age < counting.lifetime) out[counting.type] = decayWeight(counting, age);
      break;
    }
  }
}

/** One column of the design matrix and what it stands for. */
export interface FeatureColumn {
  /** 'fit:<attribute>:<value>', 'fit:<attribute>:*rare' or 'activity:<type>'. */
  id: string;
  kind: 'fit' | 'activity';
  /** Attribute key or activity type key. */
  key: string;
  /** The fit value; null for an activity or for the pool of rare values. */
  value: string | null;
  /** Fit value codes (several for the rare pool) or the activity type code. */
  codes: number[];
  /** Rows with a non-zero entry, and how many of them became SQL. */
  leads: number;
  sqls: number;
}

/** How one fit attribute became columns. */
export interface AttributeLayout {
  key: string;
  /** Index into fitColumnsOf's list, and so into the compiled model's fitPoints. */
  attribute: number;
  /** The attribute as scored: its codes (per value, or per band) and what they stand for. */
  fit: FitColumn;
  /** The most common value among the rows: the baseline the other values' weights are measured from. */
  reference: number;
  /** Per value code: its column, or -1 (the reference, or a value absent from the rows). */
  column: Int32Array;
  rare: number[];
  /** Per value code: rows with the value, and SQLs among them. */
  leads: Uint32Array;
  sqls: Uint32Array;
}

export interface FeatureSet {
  rows: Uint32Array;
  y: Uint8Array;
  design: SparseDesign;
  columns: FeatureColumn[];
  attributes: AttributeLayout[];
  countings: ActivityCounting[];
  /** Per activity type code: its column, or -1 when no row has it. */
  activityColumn: Int32Array;
  /** 1 for columns the penalty standardises (the counts), 0 for indicators. */
  standardize: Uint8Array;
}

/**
 * The design matrix of a logistic fit over `rows` (observed leads): one indicator per fit value
 * (or band of a numeric attribute, as the model's edges cut it) except each attribute's most
 * common one (the reference), rare values pooled per attribute, and
 * one point-in-time count per activity type. Built in typed arrays, in two passes over the rows.
 */
export function buildFeatures(table: LeadTable, model: ScoringModel, rows: Uint32Array, minValueLeads = MIN_VALUE_LEADS): FeatureSet {
  const y = Uint8Array.from(rows, (lead) => (isSql(table, lead) ? 1 : 0));
  const columns: FeatureColumn[] = [];
  const attributes = fitColumnsOf(model, table).map((fit, attribute): AttributeLayout => {
    const leads = new Uint32Array(fit.values.length);
    const sqls = new Uint32Array(fit.values.length);
    rows.forEach((lead, r) => {
      leads[fit.codes[lead]]++;
      sqls[fit.codes[lead]] += y[r];
    });
    let reference = 0;
    for (let code = 1; code < leads.length; code++) if (leads[code] > leads[reference]) reference = code;
    const column = new Int32Array(fit.values.length).fill(-1);
    const rare: number[] = [];
    fit.values.forEach((value, code) => {
      if (code === reference || leads[code] === 0) return;
      if (leads[code] < minValueLeads) return void rare.push(code);
      column[code] = columns.length;
      columns.push({ id: `fit:${fit.key}:${value}`, kind: 'fit', key: fit.key, value, codes: [code], leads: leads[code], sqls: sqls[code] });
    });
    if (rare.length > 0) {
      const pooled = columns.length;
      for (const code of rare) column[code] = pooled;
      const sum = (counts: Uint32Array) => rare.reduce((s, code) => s + counts[code], 0);
      columns.push({ id: `fit:${fit.key}:*rare`, kind: 'fit', key: fit.key, value: null, codes: rare, leads: sum(leads), sqls: sum(sqls) });
    }
    return { key: fit.key, attribute, fit, reference, column, rare, leads, sqls };
  });

  // Activity counts per row, kept row by row so the second pass can lay them out.
  const countings = activityCountings(table, model);
  const types = countings.length;
  const counts = new Float64Array(rows.length * types);
  const scratch = new Float64Array(types);
  const taken = new Uint16Array(types);
  const typeLeads = new Uint32Array(types);
  const typeSqls = new Uint32Array(types);
  rows.forEach((lead, r) => {
    countActivities(table, lead, countings, scratch, taken);
    counts.set(scratch, r * types);
    for (let t = 0; t < types; t++) {
      if (scratch[t] === 0) continue;
      typeLeads[t]++;
      typeSqls[t] += y[r];
    }
  });
  const activityColumn = new Int32Array(types).fill(-1);
  countings.forEach((counting, t) => {
    if (typeLeads[t] === 0) return;
    activityColumn[t] = columns.length;
    columns.push({ id: `activity:${counting.key}`, kind: 'activity', key: counting.key, value: null, codes: [t], leads: typeLeads[t], sqls: typeSqls[t] });
  });

  const rowStart = new Uint32Array(rows.length + 1);
  let nonZero = 0;
  rows.forEach((lead, r) => {
    for (const layout of attributes) if (layout.column[layout.fit.codes[lead]] >= 0) nonZero++;
    for (let t = 0; t < types; t++) if (counts[r * types + t] !== 0 && activityColumn[t] >= 0) nonZero++;
    rowStart[r + 1] = nonZero;
  });
  const col = new Uint16Array(nonZero);
  const value = new Float64Array(nonZero);
  let e = 0;
  rows.forEach((lead, r) => {
    for (const layout of attributes) {
      const c = layout.column[layout.fit.codes[lead]];
      if (c < 0) continue;
      col[e] = c;
      value[e++] = 1;
    }
    for (let t = 0; t < types; t++) {
      const x = counts[r * types + t];
      if (x === 0 || activityColumn[t] < 0) continue;
      col[e] = activityColumn[t];
      value[e++] = x;
    }
  });
  const standardize = Uint8Array.from(columns, (c) => (c.kind === 'activity' ? 1 : 0));
  return { rows, y, design: { rows: rows.length, cols: columns.length, rowStart, col, value }, columns, attributes, countings, activityColumn, standardize };
}
