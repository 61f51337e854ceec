import type { ImportTarget, BadRows } from '../../../shared/api';
import type { ExtraColumn } from '../../../shared/import/extra-attributes';
import type { ColumnFormats } from '../../../shared/import/formats';
import { fieldsFor, type FieldMapping, type ImportKind } from '../../../shared/import/fields';
import { checkHeader, checkMapping } from '../../../shared/import/file-checks';
import type { CrmId } from '../../../shared/import/presets';
import { fileProblem, type ImportProblem } from '../../../shared/import/problems';
import { readFileHead, type FileHead } from './file-head';

/** One file of an import job, as the worker receives it: plain data, so it crosses postMessage. */
export interface JobFile {
  kind: ImportKind;
  path: string;
  mapping: FieldMapping;
  formats: ColumnFormats;
  crm: CrmId | null;
  /** Leads files: columns kept as extra attributes. */
  extras?: ExtraColumn[];
}

export interface ImportJob {
  /** 'validate' reads and checks every row and saves nothing; 'run' also writes the dataset. */
  mode: 'validate' | 'run';
  files: JobFile[];
  /** The workspace database; the job opens a connection of its own to it. */
  workspaceFile: string;
  badRows: BadRows;
  target: ImportTarget;
}

/** A file ready to stream: its head read and checked, its header known. */
export interface CheckedFile {
  file: JobFile;
  head: FileHead;
  header: string[];
  /** Problems with the whole file; an error among them means it cannot be read. */
  problems: ImportProblem[];
}

/** Outcomes are read first (leads take theirs as they stream past), activities last (they need the leads). */
const ORDER: readonly ImportKind[] = ['outcomes', 'leads', 'activities'];

/**
 * Reads the start of each file and checks what can be checked before any row is read: that it is
 * text, that its header is one of this kind of file, and that the mapping names columns it has.
 */
export function checkJobFiles(files: readonly JobFile[]): CheckedFile[] {
  return [...files]
    .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind))
    .map((file) => {
      const head = readFileHead(file.path);
      const header = (head.records[0] ?? []).map((h) => h.replace(/^\uFEFF/, '').trim());
      return { file, head, header, problems: fileProblems(file, head, header) };
    });
}

function fileProblems(file: JobFile, head: FileHead, header: readonly string[]): ImportProblem[] {
  if (head.check.kind !== 'text') return [head.check.problem];
  const name = head.fileName;
  const problems: ImportProblem[] = [];
  const wrong = checkHeader(name, header, file.kind);
  if (wrong) problems.push(wrong);
  for (const field of fieldsFor(file.kind)) {
    const column = file.mapping[field.key];
    if (column != null && column >= header.length) {
      problems.push(
        fileProblem(
          name,
          'error',
          'missing-column',
          `'${name}' has ${header.length} columns, but '${field.label}' is mapped to column ${column + 1}. ` +
            'The file may have changed since it was previewed; choose it again.',
        ),
      );
    }
  }
  for (const { column } of file.extras ?? []) {
    if (column >= header.length) {
      problems.push(fileProblem(name, 'error', 'missing-column', `'${name}' has ${header.length} columns, but column ${column + 1} is kept as an attribute. The file may have changed since it was previewed; choose it again.`));
    }
  }
  const unmapped = checkMapping(name, file.mapping, file.kind);
  if (unmapped) problems.push(unmapped);
  return problems;
}
