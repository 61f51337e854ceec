import { foldKey } from './text';

/** How far down the funnel a lead got; 'lost' ended without a sale, 'other' says nothing. */
export type LifecycleStage = 'lead' | 'mql' | 'sql' | 'opportunity' | 'customer' | 'lost' | 'other';

export interface LifecycleValue {
  stage: LifecycleStage;
  /** Sales had touched the lead, so its outcome was observed (even if it stayed a lead). */
  worked: boolean;
}

type Entry = [LifecycleStage, boolean];
const LEAD: Entry = ['lead', false];
const LEAD_WORKED: Entry = ['lead', true];
const MQL: Entry = ['mql', false];
const SAL: Entry = ['mql', true];
const SQL: Entry = ['sql', true];
const OPPORTUNITY: Entry = ['opportunity', true];
const CUSTOMER: Entry = ['customer', true];
const LOST: Entry = ['lost', true];
const OTHER: Entry = ['other', false];

/** Keys are folded and without spaces, so "Marketing Qualified Lead" = "marketingqualifiedlead". */
const STAGES: Record<string, Entry> = {
  // HubSpot lifecycle stages (display and internal names are the same once compacted)
  subscriber: LEAD,
  lead: LEAD,
  marketingqualifiedlead: MQL,
  salesqualifiedlead: SQL,
  opportunity: OPPORTUNITY,
  customer: CUSTOMER,
  evangelist: CUSTOMER,
  other: OTHER,
  // HubSpot lead status
  new: LEAD,
  open: LEAD,
  inprogress: LEAD_WORKED,
  attemptedtocontact: LEAD_WORKED,
  connected: LEAD_WORKED,
  opendeal: OPPORTUNITY,
  unqualified: LOST,
  badtiming: LOST,
  // Salesforce lead status (defaults and common custom values)
  opennotcontacted: LEAD,
  workingcontacted: LEAD_WORKED,
  working: LEAD_WORKED,
  contacted: LEAD_WORKED,
  closedconverted: SQL,
  converted: SQL,
  closednotconverted: LOST,
  qualified: SQL,
  disqualified: LOST,
  nurturing: LEAD,
  nurture: LEAD,
  // Sales handed it back: it was worked, without becoming an SQL.
  recycled: LEAD_WORKED,
  // Marketo revenue stages and lead statuses
  anonymous: LEAD,
  known: LEAD,
  engaged: LEAD,
  inquiry: LEAD,
  prospect: LEAD,
  suspect: LEAD,
  mql: MQL,
  marketingqualified: MQL,
  sal: SAL,
  salesaccepted: SAL,
  salesacceptedlead: SAL,
  sql: SQL,
  salesqualified: SQL,
  sqo: OPPORTUNITY,
  salesqualifiedopportunity: OPPORTUNITY,
  salesrejected: LOST,
  rejected: LOST,
  // Deal outcomes (Pipedrive status, CRM-neutral spellings)
  won: CUSTOMER,
  closedwon: CUSTOMER,
  lost: LOST,
  closedlost: LOST,
  deleted: OTHER,
  churned: CUSTOMER,
  // Pipedrive default pipeline stages
  leadin: LEAD_WORKED,
  contactmade: LEAD_WORKED,
  demoscheduled: SQL,
  proposalmade: OPPORTUNITY,
  negotiationsstarted: OPPORTUNITY,
  // German CRM set-ups
  interessent: LEAD,
  kunde: CUSTOMER,
  gewonnen: CUSTOMER,
  verloren: LOST,
};

/**
 * The funnel step a lifecycle stage or lead status stands for, or null when the cell is empty or
 * not a value MQL Lab knows. In a Pipedrive file "open" is an open deal (an opportunity); in
 * HubSpot and Salesforce it is an untouched lead, hence the CRM argument.
 */
export function parseLifecycle(cell: string, crm: string | null = null): LifecycleValue | null {
  const key = foldKey(cell).replace(/ /g, '');
  if (key === '') return null;
  const entry = crm === 'pipedrive' && key === 'open' ? OPPORTUNITY : STAGES[key];
  return entry === undefined ? null : { stage: entry[0], worked: entry[1] };
}

const RANK: Record<LifecycleStage, number> = {
  other: -1,
  lead: 0,
  lost: 0,
  mql: 1,
  sql: 2,
  opportunity: 3,
  customer: 4,
};

/** Whether a stage is at or past another; 'lost' and 'other' pass no step. */
export function stageReached(stage: LifecycleStage | null, step: 'mql' | 'sql' | 'opportunity' | 'customer'): boolean {
  if (stage === null) return false;
  // A lead that reached SQL did not necessarily pass through MQL (sales-sourced leads), so only
  // the MQL stage itself says MQL.
  if (step === 'mql') return stage === 'mql';
  return RANK[stage] >= RANK[step];
}
