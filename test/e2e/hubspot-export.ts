import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';

/** The sample's columns under the names a HubSpot contacts export gives them. */
const HUBSPOT_NAMES: Record<string, string> = {
  'Lead ID': 'Record ID',
  Company: 'Company Name',
  Channel: 'Original Source',
  Campaign: 'First Conversion',
  'Company Size': 'Number of Employees',
  Country: 'Country/Region',
  'Job Role': 'Job function',
  'Account Tier': 'Ideal Customer Profile Tier',
  'Became MQL Date': 'Became a Marketing Qualified Lead Date',
  'First Sales Touch Date': 'Date of first engagement',
  'Became SQL Date': 'Became a Sales Qualified Lead Date',
  'Opportunity Date': 'Became an Opportunity Date',
  'Deal Value': 'Recent Deal Amount',
  'Activity Type': 'Activity type',
  Timestamp: 'Activity date',
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2})Z$/;

/** As a German spreadsheet writes it: day first with dots, decimal comma, "ja" / "nein". */
function european(header: string, value: string): string {
  const date = ISO.exec(value);
  if (date) return `${date[3]}.${date[2]}.${date[1]} ${date[4]}`;
  if (header === 'Closed Won') return value === 'true' ? 'ja' : 'nein';
  if (header === 'Existing Customer') return value === 'Yes' ? 'ja' : value === 'No' ? 'nein' : value;
  if (header === 'Deal Value') return value.replace('.', ',');
  return value;
}

/**
 * Rewrites a sample CSV (resources/sample) as a European HubSpot export: semicolon-separated,
 * HubSpot's column names, d.m.yyyy dates without a zone (read as UTC), so importing it must give
 * exactly the sample's history.
 */
export function writeEuropeanHubSpotExport(sampleFile: string, outFile: string): void {
  const parsed = Papa.parse<string[]>(fs.readFileSync(path.join('resources', 'sample', sampleFile), 'utf8'), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  const out = [header.map((h) => HUBSPOT_NAMES[h] ?? h), ...rows.map((row) => row.map((value, i) => european(header[i], value)))];
  fs.writeFileSync(outFile, Papa.unparse(out, { delimiter: ';', newline: '\r\n' }));
}
