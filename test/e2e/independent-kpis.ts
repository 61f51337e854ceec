import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { ScoringModel } from '../../shared/model/scoring-model';

/**
 * The sample's KPIs computed straight from its CSV files, with none of the app's code: a plain
 * replay of each lead's activities up to the moment sales touched it or it became SQL. The
 * end-to-end tests compare what the screen shows with this.
 */
const FIT_COLUMNS: Record<string, string> = {
  industry: 'Industry',
  companySize: 'Company Size',
  country: 'Country',
  jobRole: 'Job Role',
  seniority: 'Seniority',
  emailDomainType: 'Email Domain Type',
  accountTier: 'Account Tier',
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
  for (const lead of history.leads) {
    const touched = lead['First Sales Touch Date'] ? Date.parse(lead['First Sales Touch Date']) : Infinity;
    const sql = lead['Became SQL Date'] ? Date.parse(lead['Became SQL Date']) : Infinity;
    const cutoff = Math.min(touched, sql);
    if (sql !== Infinity) totalSqls++;
    let score = 0;
    for (const rule of model.fit) score += rule.points[lead[FIT_COLUMNS[rule.attribute]] || '(blank)'] ?? 0;
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
    if (!reached) continue;
    mqls++;
    if (touched === Infinity) continue;
    worked++;
    if (sql !== Infinity) mqlSqls++;
  }
  return { mqls, worked, mqlSqls, totalSqls, unobserved: mqls - worked, rate: mqlSqls / worked, captured: mqlSqls / totalSqls };
}

export const count = (n: number) => n.toLocaleString('en-US');
export const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
