import type { WizardFile } from '../../state/import-store';

/** Why the files cannot go on to the preview yet; null when they can. */
export function filesProblem(files: readonly WizardFile[]): string | null {
  if (files.length === 0) return 'Choose the CSV files to import.';
  if (files.some((f) => f.state === 'uploading' || f.state === 'inspecting')) return 'Reading the files…';
  if (files.some((f) => f.state === 'failed')) return 'A file could not be read; remove it or choose it again.';
  if (files.some((f) => f.inspection?.problems.some((p) => p.severity === 'error' && p.code !== 'missing-column'))) {
    return 'A file cannot be imported as it is; see its message.';
  }
  const leads = files.filter((f) => f.kind === 'leads').length;
  if (leads === 0) return 'One file must hold the leads (one row per lead).';
  for (const kind of ['leads', 'activities', 'outcomes'] as const) {
    if (files.filter((f) => f.kind === kind).length > 1) return `Two files hold ${kind}; an import takes one of each kind.`;
  }
  return null;
}
