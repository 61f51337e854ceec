import { foldKey } from './text';

/**
 * Words that carry no meaning in a column name ("Date of creation" = "creation"); dropping them
 * lets "Create Date" meet "created", and "No. of Employees" meet "employees".
 */
const STOP_WORDS = new Set([
  'the', 'a', 'an', 'of', 'at', 'on', 'in', 'date', 'time', 'number', 'nr', 'no', 'num',
  'de', 'du', 'la', 'le', 'les', 'der', 'die', 'das', 'des', 'am', 'el', 'los', 'del', 'van', 'het',
]);

/** Words of a column name after folding, camelCase split, stop words dropped (unless nothing is left). */
export function nameTokens(name: string): string[] {
  const words = foldKey(name.replace(/([a-z])([A-Z])/g, '$1 $2')).split(' ').filter((w) => w !== '');
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length > 0 ? kept : words;
}

/** Jaro-Winkler similarity in [0, 1]: forgiving of typos and of suffixes like "created"/"create". */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedB = new Array<boolean>(b.length).fill(false);
  const matchedA: number[] = [];
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (!matchedB[j] && a[i] === b[j]) {
        matchedB[j] = true;
        matchedA.push(i);
        break;
      }
    }
  }
  const m = matchedA.length;
  if (m === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let j = 0; j < b.length; j++) {
    if (!matchedB[j]) continue;
    if (a[matchedA[k]] !== b[j]) transpositions++;
    k++;
  }
  const jaro = (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

const TOKEN_MATCH = 0.88;

/**
 * Token-set similarity of two names in [0, 1]: words are paired greedily when they are nearly the
 * same word, and the score is a Dice coefficient weighted by how alike the pairs are. Comparing
 * whole strings instead would let "Lead Status" pass for "Lead Source" on their shared prefix.
 */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  if (a.join('') === b.join('')) return 1;
  const used = new Array<boolean>(b.length).fill(false);
  let sum = 0;
  for (const word of a) {
    let best = 0;
    let bestAt = -1;
    for (let j = 0; j < b.length; j++) {
      if (used[j]) continue;
      const s = jaroWinkler(word, b[j]);
      if (s > best) [best, bestAt] = [s, j];
    }
    if (best >= TOKEN_MATCH) {
      used[bestAt] = true;
      sum += best;
    }
  }
  return (2 * sum) / (a.length + b.length);
}
