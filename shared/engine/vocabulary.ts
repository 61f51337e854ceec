import type { CategoricalColumn, FitAttributeColumn, LeadTable } from './lead-table';

/** What a dataset contains that the rule editor offers sliders for, with how many leads each touches. */
export interface Vocabulary {
  fit: { key: string; label: string; kind: FitAttributeColumn['kind']; values: { value: string; leads: number }[] }[];
  /**
   * Numeric attributes with their values in ascending order (blanks left out): the band editor
   * counts the leads in any band from them, and suggests edges, without asking the engine.
   */
  numeric: { key: string; label: string; sorted: Float64Array; blank: number }[];
  activities: { type: string; events: number }[];
  channels: { value: string; leads: number }[];
}

export function vocabularyOf(table: LeadTable): Vocabulary {
  const countValues = (column: CategoricalColumn) => {
    const leads = new Array<number>(column.values.length).fill(0);
    for (let i = 0; i < table.n; i++) leads[column.codes[i]]++;
    return column.values.map((value, code) => ({ value, leads: leads[code] }));
  };
  const fit = table.fit.map((column) => ({ key: column.key, label: column.label, kind: column.kind, values: countValues(column) }));
  const numeric = table.numeric.map((column) => {
    const sorted = column.values.filter((v) => !Number.isNaN(v)).sort();
    return { key: column.key, label: column.label, sorted, blank: table.n - sorted.length };
  });
  const events = new Array<number>(table.activityTypes.length).fill(0);
  for (let e = 0; e < table.eventType.length; e++) events[table.eventType[e]]++;
  return {
    fit,
    numeric,
    activities: table.activityTypes.map((type, code) => ({ type, events: events[code] })),
    channels: countValues(table.channel).sort((a, b) => b.leads - a.leads),
  };
}
