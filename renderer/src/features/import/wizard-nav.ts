import { missingFields } from '../../../../shared/import/fields';
import type { ImportWizardState, WizardStep } from '../../state/import-store';
import { filesProblem } from './files-check';
import { undecidedDates } from './formats-check';

export const STEPS: readonly { step: WizardStep; label: string }[] = [
  { step: 'files', label: 'Files' },
  { step: 'preview', label: 'Preview' },
  { step: 'mapping', label: 'Columns' },
  { step: 'formats', label: 'Formats' },
  { step: 'validation', label: 'Check' },
  { step: 'target', label: 'Destination' },
  { step: 'progress', label: 'Import' },
];

/** Why the wizard cannot go on from this step yet; null when it can. */
export function blocker(state: ImportWizardState): string | null {
  const { step, files } = state;
  if (step === 'files') return filesProblem(files);
  if (step === 'mapping') {
    const lacking = files.find((f) => missingFields(f.mapping, f.kind).length > 0);
    return lacking ? `${lacking.name}: choose a column for ${missingFields(lacking.mapping, lacking.kind).join(', ')}.` : null;
  }
  if (step === 'formats') {
    if (state.busy) return 'Detecting formats…';
    const open = files.find((f) => undecidedDates(f).length > 0);
    return open ? `${open.name}: choose the day and month order of the ambiguous date column${undecidedDates(open).length > 1 ? 's' : ''}.` : null;
  }
  if (step === 'validation') return state.busy || !state.report ? 'Checking…' : null;
  if (step === 'target') {
    const { target } = state;
    if (target.mode === 'new' && target.name.trim() === '') return 'Give the new dataset a name.';
    if (target.mode === 'replace' && !state.replaceConfirmed) return 'Confirm that the dataset’s data is to be replaced.';
  }
  return null;
}

export function previousStep(step: WizardStep): WizardStep | null {
  const index = STEPS.findIndex((s) => s.step === step);
  return index > 0 && step !== 'progress' ? STEPS[index - 1].step : null;
}
