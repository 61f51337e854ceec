import type { LeadIdentity } from '../../../../shared/api';
import type { ChangedLead } from '../../../../shared/engine/lead-lists';
import { api } from '../../api/client';

/**
 * Who each lead is, fetched from the store the first time a row is shown and kept per dataset:
 * the engine knows leads by row only.
 */
const identities = new Map<number, Map<number, LeadIdentity>>();
const IDENTITY_BATCH = 50_000;

export function knownIdentity(datasetId: number, row: number): LeadIdentity | undefined {
  return identities.get(datasetId)?.get(row);
}

export async function fetchIdentities(datasetId: number, rows: readonly number[]): Promise<void> {
  let known = identities.get(datasetId);
  if (!known) identities.set(datasetId, (known = new Map()));
  const missing = rows.filter((row) => !known.has(row));
  for (let i = 0; i < missing.length; i += IDENTITY_BATCH) {
    const found = await api['dataset:lead-identities']({ datasetId, rows: missing.slice(i, i + IDENTITY_BATCH) });
    for (const identity of found) known.set(identity.row, identity);
  }
}

export type LeadSortKey = 'id' | 'channel' | 'score' | 'baselineScore' | 'fit' | 'engagement' | 'mqlAt' | 'outcome';

export function sortLeads(rows: ChangedLead[], key: LeadSortKey, descending: boolean, datasetId: number): ChangedLead[] {
  const value = (lead: ChangedLead): string | number => {
    if (key === 'id') return knownIdentity(datasetId, lead.row)?.externalId ?? '';
    if (key === 'channel' || key === 'outcome') return lead[key];
    return lead[key];
  };
  const sorted = [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    return typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
  });
  return descending ? sorted.reverse() : sorted;
}

export function matchesSearch(lead: ChangedLead, datasetId: number, search: string): boolean {
  if (search === '') return true;
  const identity = knownIdentity(datasetId, lead.row);
  const text = `${identity?.externalId ?? ''} ${identity?.email ?? ''} ${identity?.company ?? ''} ${lead.channel}`.toLowerCase();
  return text.includes(search.toLowerCase());
}
