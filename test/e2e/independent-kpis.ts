import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { ScoringModel } from '../../shared/model/scoring-model';

/**
 * The sample's KPIs computed straight from its CSV files, with none of the app's code: a plain
 * replay of each lead's activities up to the moment sales touched it or it became SQL. The
 * end-to-end tests compare what the screen shows with this. It covers the rules these tests use:
 * fit points, capped activities with no decay, and knock-outs.
 */
const FIT_COLUMNS: Record<string, string> = {
  industry: 'Industry',
  companySize: 'Company Size',
  country: 'Country',
  jobRole: 'Job Role',
  seniority: 'Seniority',
  emailDomainType: 'Email Domain Type',
  accountTier: 'Account Tier',
  // The sample's own yes/no column, kept as an extra attribute.
  'extra:existing-customer': 'Existing Customer',
};

type Row = Record<string, string>;

function readRows(file: string): Row[] {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}

export interface SampleHistory {
  leads: Row[];
  activitiesByLead: Map<string, { type: string; at: number }[]>;
}

export function readSample(folder = path.join('resources', 'sample')): SampleHistory {
  const leads = readRows(path.join(folder, 'leads.csv'));
  const activitiesByLead = new Map<string, { type: string; at: number }[]>();
  for (const row of readRows(path.join(folder, 'activities.csv'))) {
    const list = activitiesByLead.get(row['Lead ID']) ?? [];
    list.push({ type: row['Activity Type'], at: Date.parse(row.Timestamp) });
    activitiesByLead.set(row['Lead ID'], list);
  }
  for (const list of activitiesByLead.values()) list.sort((a, b) => a.at - b.at);
  return { leads, activitiesByLead };
}

export interface ExpectedKpis {
  /** Lead IDs of the MQLs. */
  mqlIds: Set<string>;
  /** MQLs per channel. */
  byChannel: Map<string, number>;
  /** Leads and MQLs per fit grade × engagement level cell (knocked-out leads left out). */
  cells: Map<string, { leads: number; mqls: number }>;
  mqls: number;
  worked: number;
  mqlSqls: number;
  totalSqls: number;
  unobserved: number;
  rate: number;
  captured: number;
}

export function expectedKpis(history: SampleHistory, model: ScoringModel): ExpectedKpis {
  let mqls = 0;
  let worked = 0;
  let mqlSqls = 0;
  let totalSqls = 0;
  const byChannel = new Map<string, number>();
  const mqlIds = new Set<string>();
  const cells = new Map<string, { leads: number; mqls: number }>();
  const [gradeA, gradeB, gradeC] = model.matrix.gradeCuts;
  const [level1, level2, level3] = model.matrix.levelCuts;
  for (const lead of history.leads) {
    const touched = lead['First Sales Touch Date'] ? Date.parse(lead['First Sales Touch Date']) : Infinity;
    const sql = lead['Became SQL Date'] ? Date.parse(lead['Became SQL Date']) : Infinity;
    const cutoff = Math.min(touched, sql);
    if (sql !== Infinity) totalSqls++;
    const value = (attribute: string) => lead[FIT_COLUMNS[attribute]] || '(blank)';
    if (model.knockouts.some((k) => k.enabled && k.values.includes(value(k.attribute)))) continue;
    let fit = 0;
    for (const rule of model.fit) fit += rule.points[value(rule.attribute)] ?? rule.otherPoints;
    let score = fit;
    let reached = score >= model.threshold;
    const used = new Map<string, number>();
    for (const activity of history.activitiesByLead.get(lead['Lead ID']) ?? []) {
      if (activity.at >= cutoff) break;
      const rule = model.engagement.find((r) => r.activity === activity.type);
      if (!rule || (used.get(activity.type) ?? 0) >= rule.cap) continue;
      used.set(activity.type, (used.get(activity.type) ?? 0) + 1);
      score += rule.points;
      if (score >= model.threshold) reached = true;
    }
    // Without decay or negative points the best moment is the last one before the cutoff.
    const engagement = score - fit;
    const grade = fit >= gradeA ? 'A' : fit >= gradeB ? 'B' : fit >= gradeC ? 'C' : 'D';
    const level = engagement >= level1 ? 1 : engagement >= level2 ? 2 : engagement >= level3 ? 3 : 4;
    const cell = cells.get(`${grade}${level}`) ?? { leads: 0, mqls: 0 };
    cell.leads++;
    if (reached) cell.mqls++;
    cells.set(`${grade}${level}`, cell);
    if (!reached) continue;
    mqls++;
    mqlIds.add(lead['Lead ID']);
    byChannel.set(lead.Channel, (byChannel.get(lead.Channel) ?? 0) + 1);
    if (touched === Infinity && sql === Infinity) continue;
    worked++;
    if (sql !== Infinity) mqlSqls++;
  }
  return { mqlIds, byChannel, cells, mqls, worked, mqlSqls, totalSqls, unobserved: mqls - worked, rate: mqlSqls / worked, captured: mqlSqls / totalSqls };
}

export const count = (n: number) => n.toLocaleString('en-US');
export const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
