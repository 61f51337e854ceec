import path from 'node:path';
import type Database from 'better-sqlite3';
import { SAMPLE_COLUMNS } from '../../shared/sample/generate';
import { extraAttributes } from '../../shared/import/extra-attributes';
import { FIT_ATTRIBUTES, type FitAttributeKey } from '../../shared/model/catalog';
import { insertDataset, type ActivityRecord, type LeadRecord } from '../store';
import { cellError, readCsv, type CsvRow } from './csv-rows';

export const SAMPLE_DATASET_NAME = 'Sample: B2B SaaS, 8 quarters';

/** The header of each fit attribute's column in the sample's leads.csv. */
const FIT_COLUMNS: Record<FitAttributeKey, string> = {
  industry: 'Industry',
  companySize: 'Company Size',
  country: 'Country',
  jobRole: 'Job Role',
  seniority: 'Seniority',
  emailDomainType: 'Email Domain Type',
  accountTier: 'Account Tier',
};

/**
 * The sample's columns beyond the catalogue's, kept as extra attributes as the import wizard
 * would keep them (same keys), so every rule type can be tried on the sample.
 */
const EXTRA_COLUMNS = ['Employees', 'Existing Customer'] as const;
export const SAMPLE_ATTRIBUTES = extraAttributes(EXTRA_COLUMNS, [
  { column: 0, kind: 'numeric' },
  { column: 1, kind: 'boolean' },
]);

/**
 * Loads the bundled sample (the CSV files a user would import) into the store as one dataset, so
 * the app never opens on an empty screen. The sample's format is fixed, so this reads it directly;
 * it is not the general import wizard.
 */
export async function importSampleWorkspace(
  db: Database.Database,
  sampleFolder: string,
  onProgress: (label: string, done: number, total: number) => void,
): Promise<number> {
  const leads: LeadRecord[] = [];
  const activities: ActivityRecord[] = [];
  onProgress('Reading sample leads', 0, 3);
  await readCsv(path.join(sampleFolder, 'leads.csv'), SAMPLE_COLUMNS.leads, (row) => leads.push(toLead(row)));
  onProgress('Reading sample activities', 1, 3);
  await readCsv(path.join(sampleFolder, 'activities.csv'), SAMPLE_COLUMNS.activities, (row) =>
    activities.push({ leadExternalId: row.get('Lead ID'), type: row.get('Activity Type'), occurredAt: requiredDate(row, 'Timestamp') }),
  );
  onProgress('Saving the sample workspace', 2, 3);
  const id = insertDataset(db, { name: SAMPLE_DATASET_NAME, source: 'bundled sample' }, leads, activities, { attributes: SAMPLE_ATTRIBUTES });
  onProgress('Sample workspace ready', 3, 3);
  return id;
}

function toLead(row: CsvRow): LeadRecord {
  const fit: Partial<Record<FitAttributeKey, string | null>> = {};
  for (const { key } of FIT_ATTRIBUTES) fit[key] = row.get(FIT_COLUMNS[key]) || null;
  const won = row.get('Closed Won');
  if (won !== 'true' && won !== 'false') throw cellError(row, 'Closed Won', 'true or false');
  return {
    externalId: row.get('Lead ID'),
    email: row.get('Email') || null,
    company: row.get('Company') || null,
    createdAt: requiredDate(row, 'Create Date'),
    channel: row.get('Channel'),
    campaign: row.get('Campaign'),
    fit,
    mqlAt: optionalDate(row, 'Became MQL Date'),
    workedAt: optionalDate(row, 'First Sales Touch Date'),
    sqlAt: optionalDate(row, 'Became SQL Date'),
    opportunityAt: optionalDate(row, 'Opportunity Date'),
    won: won === 'true',
    dealValue: optionalNumber(row, 'Deal Value'),
    extra: [optionalNumber(row, 'Employees'), optionalYesNo(row, 'Existing Customer')],
  };
}

function optionalYesNo(row: CsvRow, column: string): boolean | null {
  const text = row.get(column);
  if (text === '') return null;
  if (text !== 'Yes' && text !== 'No') throw cellError(row, column, 'Yes or No');
  return text === 'Yes';
}

function optionalDate(row: CsvRow, column: string): number | null {
  const text = row.get(column);
  if (text === '') return null;
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw cellError(row, column, 'an ISO 8601 date');
  return time;
}

function requiredDate(row: CsvRow, column: string): number {
  const time = optionalDate(row, column);
  if (time === null) throw cellError(row, column, 'an ISO 8601 date (the cell is required)');
  return time;
}

function optionalNumber(row: CsvRow, column: string): number | null {
  const text = row.get(column);
  if (text === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value)) throw cellError(row, column, 'a number');
  return value;
}
