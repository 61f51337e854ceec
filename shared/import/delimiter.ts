export type Delimiter = ',' | ';' | '\t' | '|';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

export const DELIMITER_LABELS: Record<Delimiter, string> = {
  ',': 'comma',
  ';': 'semicolon',
  '\t': 'tab',
  '|': 'pipe',
};

const MAX_RECORDS = 50;

/**
 * Field counts of the first records of a sample, splitting on one delimiter. Quotes are honoured
 * (a delimiter or newline inside quotes does not split), so a company called "Acme; Inc." or an
 * address over two lines does not throw the count off.
 */
function fieldCounts(sample: string, delimiter: Delimiter): number[] {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let atFieldStart = true;
  let recordHasContent = false;
  for (let i = 0; i < sample.length && counts.length < MAX_RECORDS; i++) {
    const ch = sample[i];
    if (inQuotes) {
      if (ch === '"') {
        if (sample[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (ch === '"' && atFieldStart) {
      inQuotes = true;
      atFieldStart = false;
      recordHasContent = true;
    } else if (ch === delimiter) {
      fields++;
      atFieldStart = true;
      recordHasContent = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && sample[i + 1] === '\n') i++;
      if (recordHasContent) counts.push(fields);
      fields = 1;
      atFieldStart = true;
      recordHasContent = false;
    } else {
      atFieldStart = false;
      recordHasContent = true;
    }
  }
  // A record without its newline may be cut off by the end of the sample; it counts only when it
  // is all there is (a header-only file without a final newline).
  if (recordHasContent && !inQuotes && counts.length === 0) counts.push(fields);
  return counts;
}

/**
 * The delimiter that splits the sample's records into the same number of fields, more than one.
 * Ties go to the delimiter giving more fields, then to the order comma, semicolon, tab, pipe.
 * A one-column file has no delimiter to find; comma is returned, which reads it correctly.
 */
export function detectDelimiter(sampleText: string): Delimiter {
  const sample = sampleText.replace(/^\uFEFF/, '');
  let best: Delimiter = ',';
  let bestScore = 0;
  let bestFields = 0;
  for (const delimiter of DELIMITERS) {
    const counts = fieldCounts(sample, delimiter);
    if (counts.length === 0) continue;
    const header = counts[0];
    if (header < 2) continue;
    // Share of records with the header's field count: data rows must agree with the header.
    const consistent = counts.filter((n) => n === header).length / counts.length;
    if (consistent > bestScore || (consistent === bestScore && header > bestFields)) {
      best = delimiter;
      bestScore = consistent;
      bestFields = header;
    }
  }
  return best;
}
