import { bandLabels } from '../model/bands';
import { activityLabel, fitAttributeLabel, type AttributeLabels } from '../model/catalog';
import { describeDecay, describeEngagementLimits, describeQualification } from '../model/describe';
import type { ScoringModel } from '../model/scoring-model';
import { toCsv } from './csv';

/**
 * The definition as a table of rules and points, ready to be typed into the CRM, so "the formula
 * is public": one row per scored value, activity, knock-out and fast-track.
 */
export interface ScoringRow {
  section: 'Qualification' | 'Fit' | 'Engagement' | 'Knock-out' | 'Fast-track';
  rule: string;
  value: string;
  /** A number for points (written as a number in CSV), or words such as 'never an MQL'. */
  points: number | string;
  notes: string;
}

/** `labels` names the dataset's own attributes as its columns do. */
export function scoringRows(model: ScoringModel, labels: AttributeLabels = {}): ScoringRow[] {
  const fitRow = (attribute: string, value: string, points: number): ScoringRow => ({ section: 'Fit', rule: fitAttributeLabel(attribute, labels), value, points, notes: '' });
  const rows: ScoringRow[] = [{ section: 'Qualification', rule: 'MQL when', value: describeQualification(model), points: '', notes: '' }];
  if (model.fitCap !== null) rows.push({ section: 'Qualification', rule: 'Ceiling on fit points', value: '', points: model.fitCap, notes: '' });
  if (model.engagementCap !== null) rows.push({ section: 'Qualification', rule: 'Ceiling on engagement points', value: '', points: model.engagementCap, notes: '' });
  rows.push({ section: 'Qualification', rule: 'Decay of activities', value: describeDecay(model.decay), points: '', notes: '' });
  for (const rule of model.fit) {
    for (const [value, points] of Object.entries(rule.points)) {
      if (points !== 0) rows.push(fitRow(rule.attribute, value, points));
    }
    if (rule.otherPoints !== 0) rows.push(fitRow(rule.attribute, 'any other value', rule.otherPoints));
  }
  for (const rule of model.fitBands) {
    bandLabels(rule.edges).forEach((band, i) => {
      if (rule.points[i] !== 0) rows.push(fitRow(rule.attribute, band, rule.points[i]));
    });
    if (rule.blankPoints !== 0) rows.push(fitRow(rule.attribute, 'blank', rule.blankPoints));
  }
  for (const rule of model.fitBooleans) {
    for (const [value, points] of [['yes', rule.yes], ['no', rule.no], ['blank', rule.blank]] as const) {
      if (points !== 0) rows.push(fitRow(rule.attribute, value, points));
    }
  }
  for (const rule of model.engagement) {
    if (rule.points === 0 || rule.cap === 0) continue;
    rows.push({ section: 'Engagement', rule: activityLabel(rule.activity), value: 'per occurrence', points: rule.points, notes: describeEngagementLimits(rule) });
  }
  for (const knockout of model.knockouts.filter((k) => k.enabled)) {
    rows.push({ section: 'Knock-out', rule: knockout.label, value: `${fitAttributeLabel(knockout.attribute, labels)} is ${knockout.values.join(' or ')}`, points: 'never an MQL', notes: '' });
  }
  for (const fastTrack of model.fastTracks.filter((f) => f.enabled)) {
    rows.push({ section: 'Fast-track', rule: fastTrack.label, value: `${activityLabel(fastTrack.activity)} from fit grade ${fastTrack.minGrade} or better`, points: 'MQL at once', notes: '' });
  }
  return rows;
}

function signed(points: number | string): string {
  if (typeof points === 'string') return points;
  return points > 0 ? `+${points}` : String(points);
}

const HEADER = ['Section', 'Rule', 'Value', 'Points', 'Notes'];
const cells = (row: ScoringRow) => [row.section, row.rule, row.value, row.points, row.notes];
const textCells = (row: ScoringRow) => [row.section, row.rule, row.value, signed(row.points), row.notes];

export function scoringMatrixCsv(model: ScoringModel, labels: AttributeLabels = {}): string {
  return toCsv(HEADER, scoringRows(model, labels).map(cells));
}

export function scoringMatrixMarkdown(model: ScoringModel, title = 'MQL definition', labels: AttributeLabels = {}): string {
  const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const lines = [`# ${escape(title)}`, '', `| ${HEADER.join(' | ')} |`, `| ${HEADER.map(() => '---').join(' | ')} |`];
  for (const row of scoringRows(model, labels)) lines.push(`| ${textCells(row).map(escape).join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}
