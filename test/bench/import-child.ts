import fs from 'node:fs';
import type { ImportReport } from '../../shared/api';
import { inspectFile } from '../../electron/service/import/inspect';
import type { ImportJob, JobFile } from '../../electron/service/import/job-files';
import { ImportRunner } from '../../electron/service/import/runner';
import { openStore } from '../../electron/store';

/**
 * One measured import, in a process of its own so its peak memory is its own: the files are
 * inspected as the wizard does, then imported by the service's ImportRunner in the bundled
 * worker, exactly as import:run does, into a fresh workspace. Prints one JSON line.
 *
 *   tsx test/bench/import-child.ts WORKER_FILE WORKSPACE LEADS_CSV [ACTIVITIES_CSV]
 */
export interface ChildResult {
  ms: number;
  peakRssMb: number;
  report: Pick<ImportReport, 'status' | 'leads' | 'activities' | 'errors' | 'warnings'>;
}

async function main(): Promise<void> {
  const [workerFile, workspace, leads, activities] = process.argv.slice(2);
  openStore(workspace).close();
  const spec = (path: string, kind: 'leads' | 'activities'): JobFile => {
    const inspection = inspectFile(path, kind);
    return { kind, path, mapping: inspection.mapping, formats: inspection.formats, crm: inspection.crm };
  };
  const files = [spec(leads, 'leads'), ...(activities ? [spec(activities, 'activities')] : [])];
  const job: ImportJob = { mode: 'run', files, workspaceFile: workspace, badRows: 'skip', target: { mode: 'new', name: 'bench' } };
  const runner = new ImportRunner(workerFile, () => undefined);
  const started = performance.now();
  const report = await runner.run(job);
  const ms = performance.now() - started;
  const { status, errors, warnings } = report;
  const result: ChildResult = {
    ms,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    report: { status, leads: report.leads, activities: report.activities, errors, warnings },
  };
  fs.writeSync(1, `${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
