import { ApiError, type ImportReport } from '../../../shared/api';
import { objectArg, requireDatasetExists, textOf } from '../args';
import type { DomainHandlers, ServiceContext } from '../context';
import { savedExtrasOf } from '../import/extras-args';
import { badRowsOf, columnsOf, jobFilesOf, kindOf, mappingOf, MAPPING_NAME, sourceOf, targetOf } from '../import/import-args';
import { inspectFile } from '../import/inspect';
import type { ImportJob } from '../import/job-files';
import { listMappings, saveMapping } from '../import/mappings';
import { removeUploads } from '../import/uploads';

export function importHandlers({ options, live, imports }: ServiceContext): DomainHandlers<'import'> {
  /**
   * Runs a job in the worker. Once the data is imported its uploads are of no further use and are
   * removed; after a cancel or a refusal they stay, so the user can try again (skip the bad rows,
   * say) without sending the files again. The service clears what is left when it next starts.
   */
  async function runJob(job: ImportJob): Promise<ImportReport> {
    const report = await imports.run(job);
    if (report.status === 'imported' && report.datasetId !== null) {
      live.forgetLeadIds();
      removeUploads(options.dataFolder, job.files.map((f) => f.path));
    }
    return report;
  }

  return {
    async 'import:inspect'(arg) {
      const kind = kindOf(arg);
      const source = sourceOf(objectArg(arg).source, 'source');
      const given = objectArg(arg).mapping;
      return inspectFile(source, kind, given === undefined ? undefined : mappingOf(given, kind, 'mapping'));
    },
    async 'import:validate'(arg) {
      const files = jobFilesOf(arg);
      return imports.run({ mode: 'validate', files, workspaceFile: live.file, badRows: 'skip', target: { mode: 'new', name: 'check' } });
    },
    async 'import:run'(arg) {
      const files = jobFilesOf(arg);
      const badRows = badRowsOf(arg);
      const target = targetOf(arg);
      if (target.mode === 'replace') requireDatasetExists(live.db, target.datasetId);
      return runJob({ mode: 'run', files, workspaceFile: live.file, badRows, target });
    },
    async 'import:cancel'() {
      return { cancelled: imports.cancel() };
    },
    async 'import:save-mapping'(arg) {
      const kind = kindOf(arg);
      const name = textOf(arg, MAPPING_NAME);
      const columns = columnsOf(arg, kind);
      const extras = savedExtrasOf(objectArg(arg).extras);
      if (Object.values(columns).every((c) => c === null)) {
        throw new ApiError('api/bad-argument', 'The mapping maps no field to a column; map at least one before saving it.');
      }
      return saveMapping(live.db, { name, kind, columns, ...(extras.length > 0 ? { extras } : {}), savedAt: Date.now() });
    },
    async 'import:mappings'(arg) {
      return listMappings(live.db, kindOf(arg));
    },
  };
}
