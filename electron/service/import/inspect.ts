import type { ImportInspection } from '../../../shared/api';
import { autoMap, inferColumnKind } from '../../../shared/import/auto-map';
import { suggestExtraKind } from '../../../shared/import/extra-attributes';
import type { FieldMapping, ImportKind } from '../../../shared/import/fields';
import { checkDataRows, checkHeader, checkMapping } from '../../../shared/import/file-checks';
import { detectFormats } from '../../../shared/import/formats';
import type { ImportProblem } from '../../../shared/import/problems';
import { estimateRows, readFileHead } from './file-head';

/** Rows shown in the preview. */
const PREVIEW_ROWS = 20;
/** Rows the detectors look at: more rows settle more ambiguous date columns. */
const SAMPLE_ROWS = 500;

/**
 * What the wizard shows before anything is imported: file checks, the first rows, the proposed
 * mapping with its confidence and the formats detected under it. With `mapping`, the user's
 * mapping replaces the proposal, so formats are detected for the columns actually chosen.
 */
export function inspectFile(source: string, kind: ImportKind, mapping?: FieldMapping): ImportInspection {
  const head = readFileHead(source);
  const { fileName, check } = head;
  const base = { source, fileName, kind, bytes: head.bytes };
  if (check.kind !== 'text') {
    return {
      ...base,
      encoding: null,
      bom: false,
      delimiter: null,
      header: [],
      rows: [],
      estimatedRows: null,
      crm: null,
      mapping: {},
      confidence: {},
      matchedBy: {},
      formats: { dates: {}, decimal: '.' },
      ambiguousDates: [],
      decimalAmbiguous: false,
      unmapped: [],
      problems: [check.problem],
    };
  }
  const header = (head.records[0] ?? []).map((h) => h.replace(/^\uFEFF/, '').trim());
  const sample = head.records.slice(1, 1 + SAMPLE_ROWS);
  const auto = autoMap(header, kind, { samples: sample });
  const chosen = mapping ?? auto.mapping;
  const detected = detectFormats(kind, header, chosen, sample, { delimiter: head.delimiter ?? undefined });
  const taken = new Set(Object.values(chosen).filter((c): c is number => c !== null));
  const problems: ImportProblem[] = [];
  const headerProblem = checkHeader(fileName, header, kind);
  if (headerProblem) problems.push(headerProblem);
  const noRows = head.complete ? checkDataRows(fileName, sample.filter((r) => r.some((c) => c.trim() !== '')).length) : null;
  if (noRows) problems.push(noRows);
  const unmappedField = headerProblem ? null : checkMapping(fileName, chosen, kind);
  if (unmappedField) problems.push(unmappedField);
  return {
    ...base,
    encoding: check.encoding,
    bom: check.bom,
    delimiter: head.delimiter,
    header,
    rows: sample.slice(0, PREVIEW_ROWS),
    estimatedRows: estimateRows(head),
    crm: auto.crm,
    mapping: chosen,
    confidence: mapping ? confidenceOf(chosen, auto.mapping, auto.confidence) : auto.confidence,
    matchedBy: auto.matchedBy,
    formats: detected.formats,
    ambiguousDates: detected.ambiguousDates,
    decimalAmbiguous: detected.decimalAmbiguous,
    unmapped: header
      .map((name, index) => {
        const cells = sample.map((r) => r[index] ?? '');
        return { index, header: name, kind: inferColumnKind(cells), suggested: suggestExtraKind(cells, detected.formats.decimal) };
      })
      .filter((c) => c.header !== '' && !taken.has(c.index)),
    problems,
  };
}

/** A field the user mapped by hand is certain; one still on the proposal keeps its confidence. */
function confidenceOf(chosen: FieldMapping, proposed: FieldMapping, confidence: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [field, column] of Object.entries(chosen)) {
    out[field] = column === null ? 0 : column === proposed[field] ? (confidence[field] ?? 1) : 1;
  }
  return out;
}
