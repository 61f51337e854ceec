import { foldKey } from './text';

// Spellings after foldKey (accents gone), including what localised Excel writes for TRUE/FALSE.
const TRUE_WORDS = [
  'true', 'yes', 'y', '1', 'x', 't', 'on', 'checked', // English, spreadsheets
  'ja', 'j', 'wahr', // German, also Dutch/Scandinavian "ja"
  'oui', 'vrai', // French
  'si', 'verdadero', // Spanish (sí), Italian (sì)
  'vero', // Italian
  'sim', 'verdadeiro', // Portuguese
  'waar', // Dutch
  'sant', 'sand', // Swedish/Norwegian, Danish
  'tak', 'prawda', // Polish
];
const FALSE_WORDS = [
  'false', 'no', 'n', '0', 'f', 'off', 'unchecked',
  'nein', 'falsch',
  'non', 'faux',
  'falso',
  'nao',
  'nee', 'onwaar',
  'nej', 'nei', 'falskt', 'falsk', 'usant',
  'nie', 'falsz',
];
const WORDS = new Map<string, boolean>([
  ...TRUE_WORDS.map((w): [string, boolean] => [w, true]),
  ...FALSE_WORDS.map((w): [string, boolean] => [w, false]),
]);
const TICKS = new Set(['✓', '✔', '☑', '✅']);

/**
 * true, false, or null when the cell is empty or no usual spelling of yes/no. Tick marks and
 * Polish "fałsz" (ł has no accent-free decomposition) are matched before folding.
 */
export function parseBoolean(cell: string): boolean | null {
  const raw = cell.trim();
  if (raw === '') return null;
  // The usual case, a word as exports write it ("true", "false"), in one lookup.
  const exact = WORDS.get(raw);
  if (exact !== undefined) return exact;
  if (TICKS.has(raw)) return true;
  const lower = raw.toLowerCase();
  if (lower === 'fałsz') return false;
  const quick = WORDS.get(lower);
  if (quick !== undefined) return quick;
  return WORDS.get(foldKey(raw)) ?? null;
}

/** Whether a cell is one of the spellings parseBoolean reads (empty cells are not). */
export function isBooleanWord(cell: string): boolean {
  return parseBoolean(cell) !== null;
}
