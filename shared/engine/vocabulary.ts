import type { LeadTable } from './lead-table';

/** What a dataset contains that the rule editor offers sliders for, with how many leads each touches. */
export interface Vocabulary {
  fit: { key: string; values: { value: string; leads: number }[] }[];
  activities: { type: string; events: number }[];
}

export function vocabularyOf(table: LeadTable): Vocabulary {
  const fit = table.fit.map((column) => {
    const leads = new Array<number>(column.values.length).fill(0);
    for (let i = 0; i < table.n; i++) leads[column.codes[i]]++;
    return { key: column.key, values: column.values.map((value, code) => ({ value, leads: leads[code] })) };
  });
  const events = new Array<number>(table.activityTypes.length).fill(0);
  for (let e = 0; e < table.eventType.length; e++) events[table.eventType[e]]++;
  return { fit, activities: table.activityTypes.map((type, code) => ({ type, events: events[code] })) };
}
