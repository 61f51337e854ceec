import {
  FIT_GRADES,
  LIMITS,
  MAX_BAND_EDGES,
  MODEL_VERSION,
  type BandRule,
  type BooleanRule,
  type Decay,
  type EngagementRule,
  type FastTrackRule,
  type FitGrade,
  type FitRule,
  type KnockoutRule,
  type MatrixDefinition,
  type QualificationMode,
  type ScoringModel,
} from './scoring-model';

/** A model that failed validation, with every problem found and where it is. */
export class ModelError extends Error {
  readonly code = 'model/invalid';
  constructor(readonly problems: string[]) {
    super(`This scoring model is not valid: ${problems.join('; ')}.`);
  }
}

type Range = { min: number; max: number };
type Json = Record<string, unknown>;

const READABLE_VERSIONS = [1, 2, MODEL_VERSION];

/**
 * Reads untrusted JSON (from IPC, HTTP or a model file) as a scoring model. Every problem is
 * reported with its path, so a hand-edited file can be fixed in one go. Older files are read as
 * the current model they mean: version 1 had threshold, fit points and capped activities only,
 * version 2 had no numeric bands or yes/no rules.
 */
export function parseScoringModel(input: unknown): ScoringModel {
  const problems: string[] = [];
  const check = new Checker(problems);
  if (!isRecord(input)) throw new ModelError(['the model must be a JSON object']);
  if (!READABLE_VERSIONS.includes(input.version as number)) {
    problems.push(`version must be ${READABLE_VERSIONS.slice(0, -1).join(', ')} or ${MODEL_VERSION}, got ${show(input.version)}`);
  }
  const v1 = input.version === 1;
  const beforeV3 = input.version === 1 || input.version === 2;
  const model: ScoringModel = {
    version: MODEL_VERSION,
    mode: v1 ? 'points' : check.oneOf<QualificationMode>(input.mode, 'mode', ['points', 'blend', 'matrix']),
    threshold: check.number(input.threshold, 'threshold', LIMITS.threshold),
    channelThresholds: v1 ? {} : check.numberMap(input.channelThresholds, 'channelThresholds', LIMITS.threshold),
    fitWeight: v1 ? 0.5 : check.number(input.fitWeight, 'fitWeight', LIMITS.fitWeight),
    matrix: v1 ? defaultMatrix() : readMatrix(check, input.matrix),
    fit: check.list(input.fit, 'fit').map((raw, i) => readFitRule(check, raw, `fit[${i}]`, v1)),
    fitBands: beforeV3 ? [] : check.list(input.fitBands, 'fitBands').map((raw, i) => readBandRule(check, raw, `fitBands[${i}]`)),
    fitBooleans: beforeV3 ? [] : check.list(input.fitBooleans, 'fitBooleans').map((raw, i) => readBooleanRule(check, raw, `fitBooleans[${i}]`)),
    engagement: check.list(input.engagement, 'engagement').map((raw, i) => readEngagementRule(check, raw, `engagement[${i}]`, v1)),
    decay: v1 ? { kind: 'none' } : readDecay(check, input.decay, 'decay'),
    fitCap: v1 ? null : check.optionalNumber(input.fitCap, 'fitCap', LIMITS.groupCap),
    engagementCap: v1 ? null : check.optionalNumber(input.engagementCap, 'engagementCap', LIMITS.groupCap),
    knockouts: v1 ? [] : check.list(input.knockouts, 'knockouts').map((raw, i) => readKnockout(check, raw, `knockouts[${i}]`)),
    fastTracks: v1 ? [] : check.list(input.fastTracks, 'fastTracks').map((raw, i) => readFastTrack(check, raw, `fastTracks[${i}]`)),
  };
  const fitLists = [
    { list: 'fit', attributes: model.fit.map((r) => r.attribute) },
    { list: 'fitBands', attributes: model.fitBands.map((r) => r.attribute) },
    { list: 'fitBooleans', attributes: model.fitBooleans.map((r) => r.attribute) },
  ];
  for (const { list, attributes } of fitLists) duplicates(attributes).forEach((a) => problems.push(`${list} names attribute "${a}" twice`));
  // One attribute, one way of scoring it: two rules would add up in ways no editor shows.
  fitLists.forEach((a, i) =>
    fitLists.slice(i + 1).forEach((b) =>
      a.attributes.filter((key) => key !== '' && b.attributes.includes(key)).forEach((key) => problems.push(`attribute "${key}" is scored by both ${a.list} and ${b.list}`)),
    ),
  );
  duplicates(model.engagement.map((r) => r.activity)).forEach((a) => problems.push(`engagement names activity "${a}" twice`));
  if (problems.length > 0) throw new ModelError(problems);
  return model;
}

export function defaultMatrix(): MatrixDefinition {
  return { gradeCuts: [40, 20, 0], levelCuts: [60, 30, 10], cells: ['A1', 'A2', 'B1'] };
}

function readFitRule(check: Checker, raw: unknown, path: string, v1: boolean): FitRule {
  const rule = check.record(raw, path);
  return {
    attribute: check.text(rule.attribute, `${path}.attribute`),
    points: check.numberMap(rule.points, `${path}.points`, LIMITS.fitPoints),
    otherPoints: v1 ? 0 : check.number(rule.otherPoints, `${path}.otherPoints`, LIMITS.fitPoints),
  };
}

function readBandRule(check: Checker, raw: unknown, path: string): BandRule {
  const rule = check.record(raw, path);
  const given = check.list(rule.edges, `${path}.edges`);
  const edges = given.map((e, i) => check.finite(e, `${path}.edges[${i}]`));
  if (edges.length > MAX_BAND_EDGES) check.problem(`${path}.edges has ${edges.length} edges, at most ${MAX_BAND_EDGES} are allowed`);
  // Only between edges that are numbers: a stand-in for a bad one would only add noise.
  edges.forEach((edge, i) => {
    if (i > 0 && given[i] === edge && given[i - 1] === edges[i - 1] && !(edge > edges[i - 1])) check.problem(`${path}.edges must rise, but ${edges[i - 1]} is followed by ${edge}`);
  });
  const points = check.list(rule.points, `${path}.points`).map((p, i) => check.number(p, `${path}.points[${i}]`, LIMITS.fitPoints));
  if (points.length !== edges.length + 1) {
    check.problem(`${path}.points must list ${edges.length + 1} points (one per band: ${edges.length} edges make ${edges.length + 1} bands), got ${points.length}`);
  }
  return {
    attribute: check.text(rule.attribute, `${path}.attribute`),
    edges,
    points,
    blankPoints: check.number(rule.blankPoints, `${path}.blankPoints`, LIMITS.fitPoints),
  };
}

function readBooleanRule(check: Checker, raw: unknown, path: string): BooleanRule {
  const rule = check.record(raw, path);
  return {
    attribute: check.text(rule.attribute, `${path}.attribute`),
    yes: check.number(rule.yes, `${path}.yes`, LIMITS.fitPoints),
    no: check.number(rule.no, `${path}.no`, LIMITS.fitPoints),
    blank: check.number(rule.blank, `${path}.blank`, LIMITS.fitPoints),
  };
}

function readEngagementRule(check: Checker, raw: unknown, path: string, v1: boolean): EngagementRule {
  const rule = check.record(raw, path);
  return {
    activity: check.text(rule.activity, `${path}.activity`),
    points: check.number(rule.points, `${path}.points`, LIMITS.activityPoints),
    cap: check.wholeNumber(rule.cap, `${path}.cap`, LIMITS.cap),
    firstTimeOnly: v1 ? false : check.boolean(rule.firstTimeOnly, `${path}.firstTimeOnly`),
    windowDays: v1 ? null : check.optionalNumber(rule.windowDays, `${path}.windowDays`, LIMITS.windowDays),
    decay: v1 || rule.decay === null ? null : readDecay(check, rule.decay, `${path}.decay`),
  };
}

function readDecay(check: Checker, raw: unknown, path: string): Decay {
  const decay = check.record(raw, path);
  const kind = check.oneOf(decay.kind, `${path}.kind`, ['none', 'half-life', 'linear'] as const);
  if (kind === 'half-life') return { kind, days: check.number(decay.days, `${path}.days`, LIMITS.halfLifeDays) };
  if (kind === 'linear') {
    return {
      kind,
      percent: check.number(decay.percent, `${path}.percent`, LIMITS.linearPercent),
      periodDays: check.number(decay.periodDays, `${path}.periodDays`, LIMITS.periodDays),
    };
  }
  return { kind: 'none' };
}

function readMatrix(check: Checker, raw: unknown): MatrixDefinition {
  const matrix = check.record(raw, 'matrix');
  const cuts = (value: unknown, path: string): [number, number, number] => {
    const list = check.list(value, path).map((c, i) => check.number(c, `${path}[${i}]`, LIMITS.cut));
    if (list.length !== 3) check.problem(`${path} must list 3 cut points`);
    else if (!(list[0] >= list[1] && list[1] >= list[2])) check.problem(`${path} must be in descending order, got ${list.join(', ')}`);
    return [list[0] ?? 0, list[1] ?? 0, list[2] ?? 0];
  };
  const cells = check.list(matrix.cells, 'matrix.cells').map((c, i) => check.text(c, `matrix.cells[${i}]`));
  cells.filter((c) => !/^[ABCD][1-4]$/.test(c)).forEach((c) => check.problem(`matrix.cells has "${c}", expected a grade A–D and a level 1–4 such as "B2"`));
  return { gradeCuts: cuts(matrix.gradeCuts, 'matrix.gradeCuts'), levelCuts: cuts(matrix.levelCuts, 'matrix.levelCuts'), cells };
}

function readKnockout(check: Checker, raw: unknown, path: string): KnockoutRule {
  const rule = check.record(raw, path);
  return {
    id: check.text(rule.id, `${path}.id`),
    label: check.text(rule.label, `${path}.label`),
    enabled: check.boolean(rule.enabled, `${path}.enabled`),
    attribute: check.text(rule.attribute, `${path}.attribute`),
    values: check.list(rule.values, `${path}.values`).map((v, i) => check.text(v, `${path}.values[${i}]`)),
  };
}

function readFastTrack(check: Checker, raw: unknown, path: string): FastTrackRule {
  const rule = check.record(raw, path);
  return {
    id: check.text(rule.id, `${path}.id`),
    label: check.text(rule.label, `${path}.label`),
    enabled: check.boolean(rule.enabled, `${path}.enabled`),
    activity: check.text(rule.activity, `${path}.activity`),
    minGrade: check.oneOf<FitGrade>(rule.minGrade, `${path}.minGrade`, FIT_GRADES),
  };
}

/** Field readers that note what is wrong and return a harmless stand-in, so checking goes on. */
class Checker {
  constructor(private readonly problems: string[]) {}

  problem(message: string): void {
    this.problems.push(message);
  }

  record(value: unknown, path: string): Json {
    if (isRecord(value)) return value;
    this.problem(`${path} must be an object`);
    return {};
  }

  list(value: unknown, path: string): unknown[] {
    if (Array.isArray(value)) return value;
    this.problem(`${path} must be a list`);
    return [];
  }

  number(value: unknown, path: string, range: Range): number {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.problem(`${path} must be a number, got ${show(value)}`);
      return range.min;
    }
    if (value < range.min || value > range.max) this.problem(`${path} must be between ${range.min} and ${range.max}, got ${value}`);
    return value;
  }

  /** Any finite number, for values on the data's own scale (band edges) rather than a slider's. */
  finite(value: unknown, path: string): number {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    this.problem(`${path} must be a number, got ${show(value)}`);
    return 0;
  }

  wholeNumber(value: unknown, path: string, range: Range): number {
    const n = this.number(value, path, range);
    if (!Number.isInteger(n)) this.problem(`${path} must be a whole number, got ${n}`);
    return n;
  }

  optionalNumber(value: unknown, path: string, range: Range): number | null {
    return value === null ? null : this.number(value, path, range);
  }

  numberMap(value: unknown, path: string, range: Range): Record<string, number> {
    const result: Record<string, number> = {};
    for (const [key, n] of Object.entries(this.record(value, path))) result[key] = this.number(n, `${path}["${key}"]`, range);
    return result;
  }

  text(value: unknown, path: string): string {
    if (typeof value === 'string' && value.length > 0) return value;
    this.problem(`${path} must be a non-empty text`);
    return '';
  }

  boolean(value: unknown, path: string): boolean {
    if (typeof value === 'boolean') return value;
    this.problem(`${path} must be true or false, got ${show(value)}`);
    return false;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.problem(`${path} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${show(value)}`);
    return allowed[0];
  }
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? 'nothing';
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function duplicates(keys: string[]): string[] {
  return [...new Set(keys.filter((k, i) => k !== '' && keys.indexOf(k) !== i))];
}
