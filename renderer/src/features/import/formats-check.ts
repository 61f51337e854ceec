import type { WizardFile } from '../../state/import-store';

/** Ambiguous date fields still waiting for the user's choice of day/month order. */
export function undecidedDates(file: WizardFile): string[] {
  return (file.inspection?.ambiguousDates ?? []).map((a) => a.field).filter((field) => !file.decided.includes(field));
}
