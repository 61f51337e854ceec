const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^a-z0-9]+/g;

/**
 * A cell or header reduced to what people mean by it: lower case, accents dropped ("Sí" and "si",
 * "Não" and "nao" are the same answer), punctuation turned into single spaces.
 */
export function foldKey(value: string): string {
  return value.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(NON_ALNUM, ' ').trim();
}

/** "1234" → "1,234": row numbers as spreadsheet users read them, whatever the machine's locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
