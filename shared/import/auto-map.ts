import { isBooleanWord } from './booleans';
import { detectDateFormat, parseDate } from './dates';
import { fieldsFor, type FieldMapping, type FieldType, type ImportKind } from './fields';
import { detectDecimal, parseNumber } from './numbers';
import { CRM_PRESETS, detectCrm, headerKey, presetColumns, type CrmId } from './presets';
import { nameSimilarity, nameTokens } from './similarity';
import { genericNames } from './synonyms';

/** How a field found its column: a CRM's own name, a usual name, or a near match. */
export type MatchKind = 'preset' | 'name' | 'fuzzy';

/** What an unmapped column holds, so the UI can offer it as a categorical or numeric attribute. */
export type ColumnKind = 'numeric' | 'categorical' | 'date' | 'boolean' | 'empty';

export interface AutoMapResult {
  /** Column index per field key; null when no column fits. */
  mapping: FieldMapping;
  /** 1 for the detected CRM's own name, 0.95 another CRM's, 0.9 a usual name, up to 0.85 fuzzy, 0 unmapped. */
  confidence: Record<string, number>;
  matchedBy: Record<string, MatchKind | null>;
  crm: CrmId | null;
  /** Columns no field took, in file order (blank headers left out), to keep as extra attributes. */
  unmapped: number[];
}

export interface AutoMapOptions {
  /** A few data rows; with them a column whose values cannot be the field's type is not proposed. */
  samples?: readonly (readonly string[])[];
  /** Use this CRM's names instead of detecting the CRM from the headers. */
  crm?: CrmId | null;
}

/** Below this similarity a home-made name is left for the user to map rather than guessed. */
const FUZZY_THRESHOLD = 0.8;

interface Candidate {
  field: number;
  column: number;
  score: number;
  /** Position of the name in its preset list: the first name is the preferred one on a tie. */
  rank: number;
  kind: MatchKind;
}

/**
 * Proposes a column for each field of a kind of file: a CRM's own column names first (the
 * detected CRM's before the others'), then the names people usually give them, compared after
 * normalising case, accents, punctuation and filler words, then near matches above a threshold.
 * Each column serves one field at most; the user can change any of it.
 */
export function autoMap(headers: readonly string[], kind: ImportKind, options: AutoMapOptions = {}): AutoMapResult {
  const fields = fieldsFor(kind);
  const crm = options.crm === undefined ? detectCrm(headers) : options.crm;
  const keys = headers.map(headerKey);
  const tokens = headers.map(nameTokens);
  const profiles = options.samples
    ? headers.map((_, c) => profile((options.samples ?? []).map((row) => row[c] ?? '')))
    : null;

  const candidates: Candidate[] = [];
  fields.forEach((field, f) => {
    const exact = new Map<string, { score: number; rank: number }>();
    for (const preset of CRM_PRESETS) {
      (presetColumns(preset, kind)[field.key] ?? []).forEach((name, rank) => {
        const score = preset.id === crm ? 1 : 0.95;
        const known = exact.get(headerKey(name));
        if (!known || known.score < score) exact.set(headerKey(name), { score, rank });
      });
    }
    const usual = [...exact.keys(), ...(genericNames(kind)[field.key] ?? [])].map(nameTokens);
    for (let c = 0; c < headers.length; c++) {
      if (keys[c] === '') continue;
      if (profiles && !suits(field.type, profiles[c])) continue;
      const preset = exact.get(keys[c]);
      if (preset !== undefined) {
        candidates.push({ field: f, column: c, score: preset.score, rank: preset.rank, kind: 'preset' });
        continue;
      }
      const similarity = Math.max(0, ...usual.map((u) => nameSimilarity(tokens[c], u)));
      if (similarity === 1) candidates.push({ field: f, column: c, score: 0.9, rank: 0, kind: 'name' });
      else if (similarity >= FUZZY_THRESHOLD) {
        candidates.push({ field: f, column: c, score: 0.85 * similarity, rank: 0, kind: 'fuzzy' });
      }
    }
  });

  // Best pairs first, each field and each column used once, so two fields never share a column.
  candidates.sort((a, b) => b.score - a.score || a.rank - b.rank || a.field - b.field || a.column - b.column);
  const mapping: FieldMapping = {};
  const confidence: Record<string, number> = {};
  const matchedBy: Record<string, MatchKind | null> = {};
  for (const field of fields) {
    mapping[field.key] = null;
    confidence[field.key] = 0;
    matchedBy[field.key] = null;
  }
  const taken = new Set<number>();
  for (const { field, column, score, kind: how } of candidates) {
    const key = fields[field].key;
    if (mapping[key] !== null || taken.has(column)) continue;
    mapping[key] = column;
    confidence[key] = Math.round(score * 1000) / 1000;
    matchedBy[key] = how;
    taken.add(column);
  }
  const unmapped = headers.map((_, c) => c).filter((c) => !taken.has(c) && keys[c] !== '');
  return { mapping, confidence, matchedBy, crm, unmapped };
}

interface ColumnProfile {
  /** Non-empty samples, and how many of them read as each type. */
  values: number;
  dates: number;
  numbers: number;
  booleans: number;
}

function profile(samples: readonly string[]): ColumnProfile {
  const values = samples.map((s) => s.trim()).filter((s) => s !== '');
  const guess = detectDateFormat(values);
  const format = guess.format !== null && !guess.format.startsWith('unix') ? guess.format : null;
  const { decimal } = detectDecimal(values);
  let dates = 0;
  let numbers = 0;
  let booleans = 0;
  for (const v of values) {
    if (format !== null && parseDate(v, format) !== null) dates++;
    if (parseNumber(v, decimal) !== null) numbers++;
    // Digits are numbers first: a count of form submissions can be all 0s and 1s.
    else if (isBooleanWord(v)) booleans++;
  }
  return { values: values.length, dates, numbers, booleans };
}

/**
 * Whether a column's samples can be a field's values. Half is enough here, since a column with
 * some bad cells is still the right column (its bad cells are reported row by row); the check
 * only keeps, say, a yes/no "SQL" column away from the SQL date.
 */
function suits(type: FieldType, column: ColumnProfile): boolean {
  if (column.values === 0) return true;
  const half = column.values / 2;
  switch (type) {
    case 'date':
      return column.dates >= half;
    case 'number':
      return column.numbers >= half;
    case 'boolean':
      return column.booleans + column.numbers >= half;
    case 'category':
    case 'lifecycle':
      return column.dates < half;
    case 'text':
      return true;
  }
}

/** Share of samples a type must read for inferColumnKind to call the column that type. */
const KIND_SHARE = 0.9;

/**
 * What a column's sample cells hold, for keeping an unmapped column as an extra attribute. A
 * type must read nearly all samples (a stray "n/a" does not make a numeric column categorical).
 * Digits alone are numeric even when all 0 and 1; words like yes/no/x make a boolean column.
 */
export function inferColumnKind(samples: readonly string[]): ColumnKind {
  const p = profile(samples);
  if (p.values === 0) return 'empty';
  const enough = (n: number) => n >= KIND_SHARE * p.values;
  if (enough(p.dates)) return 'date';
  if (enough(p.booleans) && p.booleans > 0) return 'boolean';
  if (enough(p.numbers)) return 'numeric';
  return 'categorical';
}
