import os from 'node:os';
import type { ImportFileReport, ImportReport, ProgressEvent } from '../../../shared/api';
import { checkDataRows } from '../../../shared/import/file-checks';
import { extraAttributes } from '../../../shared/import/extra-attributes';
import { fileProblem, ProblemLog, rowProblem } from '../../../shared/import/problems';
import type { RowStats } from '../../../shared/import/row-reader';
import { ActivityRowValidator, LeadRowValidator, OutcomeRowValidator } from '../../../shared/import/validate';
import type { WriteTarget } from '../../store';
import { ImportCancelled } from './cancelled';
import { streamRecords } from './csv-stream';
import { checkJobFiles, type CheckedFile, type ImportJob } from './job-files';
import { ProgressMeter } from './progress';
import { openJobWriter, type JobWriter } from './job-writer';

export type { ImportJob, JobFile } from './job-files';

export interface JobHooks {
  onProgress(event: ProgressEvent): void;
  /** The cancel flag: an Int32Array over it holds 1 once the user cancels. */
  cancel: SharedArrayBuffer;
  /**
   * The bundled worker script, which also runs the writing thread (writer-thread.ts); without
   * it, rows are written on this thread.
   */
  writerScript?: string;
  /** Write on a thread of its own; by default when there is a core to spare and enough to write. */
  writerThread?: boolean;
}

/** The problems a report lists; the counts cover them all. */
export const PROBLEM_LIMIT = 1000;

/**
 * Below this many bytes of files, a writing thread costs more to start (tens of milliseconds)
 * than it saves.
 */
const WRITER_THREAD_BYTES = 4 << 20;

type Validator = LeadRowValidator | ActivityRowValidator | OutcomeRowValidator;

/**
 * Reads, checks and (for 'run') stores the files of one import: outcomes, then leads, then
 * activities, each streamed row by row. Rows are written as they are checked (job-writer.ts),
 * on a thread of their own when the machine has a core to spare, in one transaction on a
 * connection of its own, committed only when every file has been read; an error row with
 * badRows 'fail', a file that cannot be read, a cancel or a crash leaves the workspace exactly
 * as it was.
 */
export async function runImportJob(job: ImportJob, hooks: JobHooks): Promise<ImportReport> {
  const started = performance.now();
  const log = new ProblemLog(PROBLEM_LIMIT);
  const files = checkJobFiles(job.files);
  const reports: ImportFileReport[] = [];
  const leadsFile = files.find((f) => f.file.kind === 'leads');
  if (!leadsFile) throw new Error('An import needs a leads file.');
  for (const f of files) for (const problem of f.problems) log.add(problem);
  let fileErrors = files.reduce((n, f) => n + f.problems.filter((p) => p.severity === 'error').length, 0);
  const report = (status: ImportReport['status'], datasetId: number | null, leads: number, activities: number): ImportReport => ({
    status,
    datasetId,
    leads,
    activities,
    files: reports,
    problems: log.problems,
    problemCount: log.errors + log.warnings,
    errors: log.errors,
    warnings: log.warnings,
    durationMs: Math.round(performance.now() - started),
  });
  if (fileErrors > 0) return report(job.mode === 'validate' ? 'validated' : 'rejected', null, 0, 0);

  const activitiesFile = files.find((f) => f.file.kind === 'activities');
  const totalBytes = files.reduce((n, f) => n + f.head.bytes, 0);
  const meter = new ProgressMeter(totalBytes, job.mode === 'run' ? (activitiesFile?.head.bytes ?? 0) : 0, hooks.onProgress);
  const cancel = new Int32Array(hooks.cancel);
  const isCancelled = () => Atomics.load(cancel, 0) === 1;
  let writer: JobWriter | null = null;
  try {
    if (job.mode === 'run') {
      meter.phase('Opening the workspace');
      // The writer takes the write lock (BEGIN IMMEDIATE) before any row is written.
      const attributes = extraAttributes(leadsFile.header, leadsFile.file.extras ?? []);
      const thread = hooks.writerThread ?? (os.availableParallelism() >= 2 && totalBytes >= WRITER_THREAD_BYTES);
      writer = openJobWriter({
        workspaceFile: job.workspaceFile,
        target: writeTarget(job, files),
        attributes,
        cancel: hooks.cancel,
        onSaved: (share) => meter.saved(share),
        writerScript: thread ? (hooks.writerScript ?? null) : null,
      });
    }
    // With badRows 'fail' the first error row decides the outcome; reading goes on so the user
    // sees every problem at once, but nothing more is written.
    const writing = () => writer !== null && !(job.badRows === 'fail' && log.errors > 0);
    const verb = job.mode === 'run' ? 'Importing' : 'Checking';

    let outcomes: OutcomeRowValidator | null = null;
    const outcomesFile = files.find((f) => f.file.kind === 'outcomes');
    if (outcomesFile) {
      meter.phase(`${verb} ${outcomesFile.head.fileName}`);
      outcomes = new OutcomeRowValidator(validatorOptions(outcomesFile, log));
      reports.push(await readRows(outcomesFile, outcomes, meter, isCancelled, log, (cells, row) => void outcomes?.accept(cells, row)));
    }

    meter.phase(`${verb} ${leadsFile.head.fileName}`);
    const leads = new LeadRowValidator({ ...validatorOptions(leadsFile, log), outcomes: outcomes?.index, extras: leadsFile.file.extras });
    reports.push(
      await readRows(
        leadsFile,
        leads,
        meter,
        isCancelled,
        log,
        (cells, row) => {
          const lead = leads.accept(cells, row);
          if (lead !== null && writing()) writer?.addLead(lead);
        },
      ),
    );
    leads.finish();
    fileErrors += leads.columnErrors;
    outcomes?.index.finish();
    if (leads.stats.rows > 0 && leads.stats.accepted === 0) {
      fileErrors++;
      log.add(fileProblem(leadsFile.head.fileName, 'error', 'missing-value',
        `No lead in '${leadsFile.head.fileName}' can be imported: every row has an error. Correct the file, or check the mapping and formats.`));
    }

    let activityCount = 0;
    if (activitiesFile) {
      meter.phase(`${verb} ${activitiesFile.head.fileName}`);
      const activities = new ActivityRowValidator({ ...validatorOptions(activitiesFile, log), leads });
      reports.push(
        await readRows(
          activitiesFile,
          activities,
          meter,
          isCancelled,
          log,
          (cells, row) => {
            const activity = activities.accept(cells, row);
            if (activity !== null && writing()) writer?.addActivity(activity);
          },
        ),
      );
      activities.finish();
      activityCount = activities.stats.accepted;
      // finish() has said so in one message: no activity belongs to any lead of the file.
      if (activities.stats.skipped > 0 && activityCount === 0) fileErrors++;
    }
    fileErrors += files.reduce((n, f) => n + (headerOnly(f, reports, log) ? 1 : 0), 0);

    if (job.mode === 'validate') return report('validated', null, leads.stats.accepted, activityCount);
    if (writer === null || fileErrors > 0 || (job.badRows === 'fail' && log.errors > 0)) {
      return report('rejected', null, leads.stats.accepted, activityCount);
    }
    if (isCancelled()) throw new ImportCancelled();
    meter.phase(activitiesFile ? 'Saving activities' : 'Saving');
    const totals = writer.finish();
    meter.finish('Imported');
    return report('imported', totals.datasetId, totals.leads, totals.activities);
  } catch (error) {
    if (isCancelled() || (error instanceof Error && 'code' in error && error.code === 'store/cancelled')) throw new ImportCancelled();
    throw error;
  } finally {
    // Whatever is not committed by now is rolled back.
    writer?.close();
  }
}

function writeTarget(job: ImportJob, files: readonly CheckedFile[]): WriteTarget {
  const source = files.map((f) => f.head.fileName).join(' + ');
  return job.target.mode === 'new'
    ? { mode: 'new', meta: { name: job.target.name, source } }
    : { mode: 'replace', datasetId: job.target.datasetId, source };
}

function validatorOptions(f: CheckedFile, log: ProblemLog) {
  return { file: f.head.fileName, header: f.header, mapping: f.file.mapping, formats: f.file.formats, crm: f.file.crm, log };
}

/**
 * Streams one file's data rows into `accept`. Rows papaparse could not split (an unclosed quote
 * swallows the rest of the file) are reported and never reach the validator.
 */
async function readRows(
  f: CheckedFile,
  validator: Validator,
  meter: ProgressMeter,
  isCancelled: () => boolean,
  log: ProblemLog,
  accept: (cells: readonly string[], row: number) => void,
): Promise<ImportFileReport> {
  const { head } = f;
  if (head.check.kind !== 'text' || head.delimiter === null) throw new Error(`${head.fileName} was not checked before reading.`);
  const malformed = new Set<number>();
  await streamRecords({
    path: head.path,
    fileName: head.fileName,
    encoding: head.check.encoding,
    delimiter: head.delimiter,
    isCancelled,
    onBytes: (bytes) => meter.addBytes(bytes),
    onMalformed(record, message) {
      malformed.add(record);
      log.add(rowProblem(head.fileName, record + 1, 'error', 'unclosed-quote',
        `the row could not be split into cells (${message.toLowerCase()})`,
        'A value starts with a double quote that is never closed. Close the quote, or remove it.'));
    },
    onRecords(records, first) {
      for (let i = first === 0 ? 1 : 0; i < records.length; i++) {
        if (malformed.has(first + i)) continue;
        accept(records[i], first + i + 1);
      }
      meter.addRows(first === 0 ? records.length - 1 : records.length);
    },
  });
  const stats: RowStats = { ...validator.stats, rows: validator.stats.rows + malformed.size, rejected: validator.stats.rejected + malformed.size };
  return { kind: f.file.kind, fileName: head.fileName, bytes: head.bytes, ...stats };
}

/** A file with a header and no data rows gets its one message. */
function headerOnly(f: CheckedFile, reports: readonly ImportFileReport[], log: ProblemLog): boolean {
  const rows = reports.find((r) => r.kind === f.file.kind)?.rows ?? 0;
  const problem = checkDataRows(f.head.fileName, rows);
  if (problem) log.add(problem);
  return problem !== null;
}
