import type { CategoricalColumn, LeadTable } from './lead-table';

/** What a dataset contains that the rule editor offers sliders for, with how many leads each touches. */
export interface Vocabulary {
  fit: { key: string; values: { value: string; leads: number }[] }[];
  activities: { type: string; events: number }[];
  channels: { value: string; leads: number }[];
}

export function vocabularyOf(table: LeadTable): Vocabulary {
  const countValues = (column: CategoricalColumn) => {
    const leads = new Array<number>(column.values.length).fill(0);
    for (let i = 0; i < table.n; i++) leads[column.codes[i]]++;
    return column.values.map((value, code) => ({ value, leads: leads[code] }));
  };
  const fit = table.fit.map((column) => ({ key: column.key, values: countValues(column) }));
  const events = new Array<number>(table.activityTypes.length).fill(0);
  for (let e = 0; e < table.eventType.length; e++) events[table.eventType[e]]++;
  return {
    fit,
    activities: table.activityTypes.map((type, code) => ({ type, events: events[code] })),
    channels: countValues(table.channel).sort((a, b) => b.leads - a.leads),
  };
}
