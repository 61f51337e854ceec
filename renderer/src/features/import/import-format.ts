import type { ImportInspection } from '../../../../shared/api';
import { DELIMITER_LABELS } from '../../../../shared/import/delimiter';
import type { ImportKind } from '../../../../shared/import/fields';
import { CRM_PRESETS } from '../../../../shared/import/presets';
import { formatCount } from '../../format';

export const KIND_LABELS: Record<ImportKind, string> = {
  leads: 'Leads (with their outcomes)',
  activities: 'Activities (one row per event)',
  outcomes: 'Outcomes only (joined by lead id or email)',
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** "UTF-8 with BOM · semicolon-separated · about 1,000 rows · HubSpot export". */
export function fileFacts(inspection: ImportInspection): string[] {
  const facts: string[] = [];
  if (inspection.encoding) {
    const encoding = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16 (big-endian)', 'windows-1252': 'Windows-1252' }[inspection.encoding];
    facts.push(inspection.bom ? `${encoding} with BOM` : encoding);
  }
  if (inspection.delimiter) facts.push(`${DELIMITER_LABELS[inspection.delimiter]}-separated`);
  if (inspection.estimatedRows !== null) {
    const exact = inspection.bytes <= 256 * 1024;
    facts.push(`${exact ? '' : 'about '}${formatCount(inspection.estimatedRows)} rows`);
  }
  facts.push(formatBytes(inspection.bytes));
  const crm = CRM_PRESETS.find((p) => p.id === inspection.crm);
  if (crm) facts.push(`${crm.label} export`);
  return facts;
}

/** The message without its "row 3, column 'X': " prefix, for tables that show row and column apart. */
export function problemReason(message: string, hasRow: boolean): string {
  return hasRow ? message.replace(/^row [\d,]+(?:, column '[^']*')?: /, '') : message;
}
