import {
  FIT_GRADES,
  LIMITS,
  MODEL_VERSION,
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

/**
 * Reads untrusted JSON (from IPC, HTTP or a model file) as a scoring model. Every problem is
 * reported with its path, so a hand-edited file can be fixed in one go. Version 1 files (threshold,
 * fit points and capped activities only) are read as the version 2 model they mean.
 */
export function parseScoringModel(input: unknown): ScoringModel {
  const problems: string[] = [];
  const check = new Checker(problems);
  if (!isRecord(input)) throw new ModelError(['the model must be a JSON object']);
  if (input.version !== 1 && input.version !== MODEL_VERSION) {
    problems.push(`version must be 1 or ${MODEL_VERSION}, got ${show(input.version)}`);
  }
  const v1 = input.version === 1;
  const model: ScoringModel = {
    version: MODEL_VERSION,
    mode: v1 ? 'points' : check.oneOf<QualificationMode>(input.mode, 'mode', ['points', 'blend', 'matrix']),
    threshold: check.number(input.threshold, 'threshold', LIMITS.threshold),
    channelThresholds: v1 ? {} : check.numberMap(input.channelThresholds, 'channelThresholds', LIMITS.threshold),
    fitWeight: v1 ? 0.5 : check.number(input.fitWeight, 'fitWeight', LIMITS.fitWeight),
    matrix: v1 ? defaultMatrix() : readMatrix(check, input.matrix),
    fit: check.list(input.fit, 'fit').map((raw, i) => readFitRule(check, raw, `fit[${i}]`, v1)),
    engagement: check.list(input.engagement, 'engagement').map((raw, i) => readEngagementRule(check, raw, `engagement[${i}]`, v1)),
    decay: v1 ? { kind: 'none' } : readDecay(check, input.decay, 'decay'),
    fitCap: v1 ? null : check.optionalNumber(input.fitCap, 'fitCap', LIMITS.groupCap),
    engagementCap: v1 ? null : check.optionalNumber(input.engagementCap, 'engagementCap', LIMITS.groupCap),
    knockouts: v1 ? [] : check.list(input.knockouts, 'knockouts').map((raw, i) => readKnockout(check, raw, `knockouts[${i}]`)),
    fastTracks: v1 ? [] : check.list(input.fastTracks, 'fastTracks').map((raw, i) => readFastTrack(check, raw, `fastTracks[${i}]`)),
  };
  duplicates(model.fit.map((r) => r.attribute)).forEach((a) => problems.push(`fit names attribute "${a}" twice`));
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
