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

/**
 * Cells of 13 characters or more come out of the CSV parser as views into the chunk of the file
 * they were cut from (V8's sliced strings), which keeps that whole chunk alive for as long as the
 * cell is. A lead id kept for the whole import (to find duplicates and join activities) would so
 * keep the whole file in memory: a million 18-character Salesforce-style ids held 1,067 MB at
 * peak against ~615 MB for 8-character ones. Prepending a character makes the engine copy the
 * text. (Emails need no copy: lower-casing them already makes a new string.)
 */
export function ownCopy(value: string): string {
  return value.length < 13 ? value : (' ' + value).slice(1);
}
