import type { ImportKind } from './fields';

export type CrmId = 'hubspot' | 'salesforce' | 'marketo' | 'pipedrive';

/** Column names per field key, first the report/UI labels, then the API names some exports use. */
export type ColumnNames = Readonly<Record<string, readonly string[]>>;

export interface CrmPreset {
  id: CrmId;
  label: string;
  leads: ColumnNames;
  activities: ColumnNames;
}

const HUBSPOT: CrmPreset = {
  id: 'hubspot',
  label: 'HubSpot',
  leads: {
    externalId: ['Record ID', 'Contact ID', 'hs_object_id'],
    email: ['Email'],
    company: ['Company Name', 'Associated Company'],
    createdAt: ['Create Date', 'createdate'],
    channel: ['Original Source', 'Original Traffic Source', 'hs_analytics_source'],
    campaign: ['Original Source Drill-Down 2', 'Original Traffic Source Drill-Down 2', 'First Conversion'],
    industry: ['Industry'],
    companySize: ['Number of Employees', 'numemployees'],
    country: ['Country/Region', 'Country'],
    jobRole: ['Job function', 'Job Role'],
    seniority: ['Seniority', 'hs_seniority'],
    accountTier: ['Ideal Customer Profile Tier', 'hs_ideal_customer_profile'],
    lifecycleStage: ['Lifecycle Stage', 'lifecyclestage'],
    mqlAt: [
      'Became a Marketing Qualified Lead Date',
      "Date entered 'Marketing Qualified Lead (Lifecycle Stage Pipeline)'",
      'hs_lifecyclestage_marketingqualifiedlead_date',
    ],
    workedAt: ['Date of first engagement', 'First Engagement Date', 'hs_sa_first_engagement_date'],
    sqlAt: [
      'Became a Sales Qualified Lead Date',
      "Date entered 'Sales Qualified Lead (Lifecycle Stage Pipeline)'",
      'hs_lifecyclestage_salesqualifiedlead_date',
    ],
    opportunityAt: [
      'Became an Opportunity Date',
      "Date entered 'Opportunity (Lifecycle Stage Pipeline)'",
      'hs_lifecyclestage_opportunity_date',
    ],
    dealValue: ['Recent Deal Amount', 'Total Revenue'],
  },
  activities: {
    leadId: ['Record ID', 'Contact ID', 'Associated Contact ID'],
    email: ['Email'],
    type: ['Activity type', 'Engagement type'],
    timestamp: ['Activity date', 'Engagement date'],
  },
};

const SALESFORCE: CrmPreset = {
  id: 'salesforce',
  label: 'Salesforce',
  leads: {
    externalId: ['Lead ID', 'Id'],
    email: ['Email'],
    company: ['Company / Account', 'Company'],
    createdAt: ['Created Date', 'Create Date', 'CreatedDate'],
    channel: ['Lead Source', 'LeadSource'],
    campaign: ['Primary Campaign Source', 'Campaign Name'],
    industry: ['Industry'],
    companySize: ['No. of Employees', 'NumberOfEmployees'],
    country: ['Country'],
    jobRole: ['Job Function', 'Department'],
    seniority: ['Seniority', 'Job Level'],
    accountTier: ['Account Tier'],
    lifecycleStage: ['Lead Status', 'Status'],
    converted: ['Converted', 'IsConverted'],
    mqlAt: ['MQL Date'],
    workedAt: ['First Activity Date', 'First Response Date'],
    sqlAt: ['Converted Date', 'ConvertedDate'],
    opportunityAt: ['Opportunity Created Date'],
    won: ['Won', 'IsWon'],
    dealValue: ['Opportunity Amount', 'Amount'],
  },
  activities: {
    leadId: ['Lead ID', 'WhoId', 'Name ID'],
    email: ['Email'],
    type: ['Task Subtype', 'Type', 'TaskSubtype'],
    timestamp: ['Date', 'ActivityDate', 'Created Date'],
  },
};

const MARKETO: CrmPreset = {
  id: 'marketo',
  label: 'Marketo',
  leads: {
    externalId: ['Id', 'Marketo ID', 'Lead ID'],
    email: ['Email Address', 'email'],
    company: ['Company Name', 'company'],
    createdAt: ['Created At', 'createdAt'],
    channel: ['Lead Source', 'Original Source Type', 'leadSource'],
    campaign: ['Acquisition Program', 'Acquisition Program Name', 'acquisitionProgramName'],
    industry: ['Industry', 'industry'],
    companySize: ['Number of Employees', 'numberOfEmployees'],
    country: ['Country', 'country'],
    jobRole: ['Job Function', 'Department'],
    seniority: ['Job Level', 'Seniority'],
    accountTier: ['Account Tier', 'Target Account Tier'],
    lifecycleStage: ['Revenue Stage', 'Lead Status', 'leadStatus'],
    mqlAt: ['MQL Date', 'Marketing Qualified Date'],
    workedAt: ['SAL Date', 'Sales Accepted Date'],
    sqlAt: ['SQL Date', 'Sales Qualified Date'],
    opportunityAt: ['Opportunity Date', 'SQO Date'],
    won: ['Won'],
    dealValue: ['Opportunity Amount'],
  },
  activities: {
    leadId: ['Lead ID', 'leadId'],
    email: ['Email Address'],
    type: ['Activity Type', 'activityType'],
    timestamp: ['Activity Date', 'activityDate'],
  },
};

const PIPEDRIVE: CrmPreset = {
  id: 'pipedrive',
  label: 'Pipedrive',
  leads: {
    externalId: ['Deal - ID', 'Person - ID'],
    email: ['Person - Email', 'Person - Email - Work'],
    company: ['Deal - Organization', 'Person - Organization', 'Organization - Name'],
    createdAt: ['Deal - Deal created', 'Person - Person created', 'Deal - Add time', 'Person - Add time'],
    channel: ['Deal - Source channel', 'Deal - Source origin', 'Person - Source channel'],
    campaign: ['Deal - Campaign', 'Person - Campaign'],
    industry: ['Organization - Industry'],
    companySize: ['Organization - Number of employees', 'Organization - Employee count'],
    country: ['Organization - Country', 'Person - Country'],
    jobRole: ['Person - Job function'],
    seniority: ['Person - Seniority'],
    accountTier: ['Organization - Tier'],
    lifecycleStage: ['Deal - Status', 'Person - Label'],
    dealValue: ['Deal - Value'],
  },
  activities: {
    leadId: ['Activity - Deal ID', 'Activity - Person ID'],
    email: ['Person - Email'],
    type: ['Activity - Type'],
    timestamp: ['Activity - Marked as done time', 'Activity - Due date', 'Activity - Add time'],
  },
};

export const CRM_PRESETS: readonly CrmPreset[] = [HUBSPOT, SALESFORCE, MARKETO, PIPEDRIVE];

/** The preset's names for a kind; outcomes files use the leads names, the id being `leadId`. */
export function presetColumns(preset: CrmPreset, kind: ImportKind): ColumnNames {
  if (kind === 'activities') return preset.activities;
  if (kind === 'leads') return preset.leads;
  const { externalId, ...rest } = preset.leads;
  return { ...rest, leadId: externalId ?? [] };
}

/** Header names are compared without case and surrounding space, the way people read them. */
export function headerKey(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase();
}

/** About three names of the CRM's own; two shared names and one own are not enough. */
const MIN_SCORE = 2.5;

/**
 * Which CRM exported a file, from how many of its headers are that CRM's own names. A name that
 * several CRMs use ("Email", "Industry") counts for each only in part, so a generic file is not
 * claimed by whichever preset lists the most common names.
 */
export function detectCrm(headers: readonly string[]): CrmId | null {
  const owners = new Map<string, Set<CrmId>>();
  for (const preset of CRM_PRESETS) {
    for (const names of [...Object.values(preset.leads), ...Object.values(preset.activities)]) {
      for (const name of names) {
        const key = headerKey(name);
        const set = owners.get(key) ?? new Set<CrmId>();
        set.add(preset.id);
        owners.set(key, set);
      }
    }
  }
  const scores = new Map<CrmId, number>();
  for (const header of new Set(headers.map(headerKey))) {
    const set = owners.get(header);
    if (!set) continue;
    for (const id of set) scores.set(id, (scores.get(id) ?? 0) + 1 / set.size);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || ranked[0][1] < MIN_SCORE) return null;
  if (ranked.length > 1 && ranked[1][1] === ranked[0][1]) return null;
  return ranked[0][0];
}
