import { LIMITS, type EngagementRule, type FitRule, type ScoringModel } from './scoring-model';

/** A model that failed validation, with every problem found and where it is. */
export class ModelError extends Error {
  readonly code = 'model/invalid';
  constructor(readonly problems: string[]) {
    super(`This scoring model is not valid: ${problems.join('; ')}.`);
  }
}

type Range = { min: number; max: number };

/**
 * Checks that untrusted JSON (from IPC, HTTP or a file) is a scoring model, and returns it as one.
 * Every problem is reported with its path, so a hand-edited model file can be fixed in one go.
 */
export function parseScoringModel(input: unknown): ScoringModel {
  const problems: string[] = [];
  const number = (value: unknown, path: string, range: Range): number => {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push(`${path} must be a number, got ${JSON.stringify(value) ?? 'nothing'}`);
      return 0;
    }
    if (value < range.min || value > range.max) problems.push(`${path} must be between ${range.min} and ${range.max}, got ${value}`);
    return value;
  };
  const text = (value: unknown, path: string): string => {
    if (typeof value === 'string' && value.length > 0) return value;
    problems.push(`${path} must be a non-empty text`);
    return '';
  };
  const list = (value: unknown, path: string): unknown[] => {
    if (Array.isArray(value)) return value;
    problems.push(`${path} must be a list`);
    return [];
  };

  if (!isRecord(input)) throw new ModelError(['the model must be a JSON object']);
  if (input.version !== 1) problems.push(`version must be 1, got ${JSON.stringify(input.version) ?? 'nothing'}`);
  const threshold = number(input.threshold, 'threshold', LIMITS.threshold);

  const fit: FitRule[] = list(input.fit, 'fit').map((raw, i) => {
    const path = `fit[${i}]`;
    if (!isRecord(raw)) {
      problems.push(`${path} must be an object`);
      return { attribute: '', points: {} };
    }
    const points: Record<string, number> = {};
    if (!isRecord(raw.points)) problems.push(`${path}.points must be an object of value: points`);
    else for (const [value, p] of Object.entries(raw.points)) points[value] = number(p, `${path}.points["${value}"]`, LIMITS.fitPoints);
    return { attribute: text(raw.attribute, `${path}.attribute`), points };
  });

  const engagement: EngagementRule[] = list(input.engagement, 'engagement').map((raw, i) => {
    const path = `engagement[${i}]`;
    if (!isRecord(raw)) {
      problems.push(`${path} must be an object`);
      return { activity: '', points: 0, cap: 0 };
    }
    const cap = number(raw.cap, `${path}.cap`, LIMITS.cap);
    if (!Number.isInteger(cap)) problems.push(`${path}.cap must be a whole number, got ${cap}`);
    return { activity: text(raw.activity, `${path}.activity`), points: number(raw.points, `${path}.points`, LIMITS.activityPoints), cap };
  });

  duplicates(fit.map((r) => r.attribute)).forEach((a) => problems.push(`fit names attribute "${a}" twice`));
  duplicates(engagement.map((r) => r.activity)).forEach((a) => problems.push(`engagement names activity "${a}" twice`));
  if (problems.length > 0) throw new ModelError(problems);
  return { version: 1, threshold, fit, engagement };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function duplicates(keys: string[]): string[] {
  return [...new Set(keys.filter((k, i) => k !== '' && keys.indexOf(k) !== i))];
}
