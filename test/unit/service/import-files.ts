import path from 'node:path';
import type { ImportFiles, ImportInspection } from '../../../shared/api';
import type { TestService } from './helpers';

export const IMPORT_FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures', 'import');

export const fixture = (name: string): string => path.join(IMPORT_FIXTURES, name);

/** The file spec an import call takes, as the wizard builds it from an inspection. */
export function specOf(inspection: ImportInspection) {
  return { source: inspection.source, mapping: inspection.mapping, formats: inspection.formats, crm: inspection.crm };
}

/** Inspects each file and returns the import's files with the proposed mappings, as a user who accepts them would. */
export async function proposed(api: TestService, files: Partial<Record<keyof ImportFiles, string>>): Promise<ImportFiles> {
  const out: Partial<ImportFiles> = {};
  for (const [kind, source] of Object.entries(files) as [keyof ImportFiles, string][]) {
    out[kind] = specOf(await api.ok('import:inspect', { source, kind }));
  }
  if (!out.leads) throw new Error('An import needs a leads file.');
  return out as ImportFiles;
}
