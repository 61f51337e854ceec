import { create } from 'zustand';
import type { BadRows, ImportFiles, ImportInspection, ImportReport, ImportTarget, ProgressEvent, SavedMapping } from '../../../shared/api';
import type { DateFormat } from '../../../shared/import/dates';
import type { ExtraColumn, ExtraKind } from '../../../shared/import/extra-attributes';
import type { FieldMapping, ImportKind } from '../../../shared/import/fields';
import type { ColumnFormats } from '../../../shared/import/formats';
import type { DecimalSeparator } from '../../../shared/import/numbers';
import { api, onApiEvent, uploadFile } from '../api/client';
import { useDatasets } from './datasets-store';
import { extrasByName, extrasFromNames } from './import-extras';
import { columnsByName, guessKind, mappingFromNames, suggestedKind } from './import-files';

export type WizardStep = 'files' | 'preview' | 'mapping' | 'formats' | 'validation' | 'target' | 'progress' | 'done';

export interface WizardFile {
  key: number;
  name: string;
  kind: ImportKind;
  /** Where the service reads it; null until uploaded (browser) or resolved (desktop). */
  source: string | null;
  state: 'uploading' | 'inspecting' | 'ready' | 'failed';
  error: string | null;
  inspection: ImportInspection | null;
  mapping: FieldMapping;
  formats: ColumnFormats;
  /** Ambiguous date fields whose order the user has chosen; the wizard asks until all are. */
  decided: string[];
  /** Leads files: columns no field takes that the user keeps as extra attributes, and as what. */
  extras: ExtraColumn[];
}

export interface ImportWizardState {
  open: boolean;
  step: WizardStep;
  files: WizardFile[];
  /** The file shown in the per-file steps (preview, mapping, formats). */
  current: number | null;
  busy: boolean;
  report: ImportReport | null;
  badRows: BadRows;
  target: ImportTarget;
  replaceConfirmed: boolean;
  progress: ProgressEvent | null;
  result: ImportReport | null;
  error: string | null;
  saved: Partial<Record<ImportKind, SavedMapping[]>>;
  start(files?: File[]): void;
  close(): void;
  addFiles(files: File[]): Promise<void>;
  addSources(sources: string[]): Promise<void>;
  remove(key: number): void;
  setKind(key: number, kind: ImportKind): Promise<void>;
  show(key: number): void;
  goTo(step: WizardStep): Promise<void>;
  setColumn(key: number, field: string, column: number | null): void;
  /** Keeps a column as an extra attribute of this kind, or (null) stops keeping it. */
  setExtra(key: number, column: number, kind: ExtraKind | null): void;
  saveMapping(key: number, name: string): Promise<void>;
  loadMapping(key: number, saved: SavedMapping): void;
  setDateFormat(key: number, field: string, format: DateFormat): void;
  setDecimal(key: number, decimal: DecimalSeparator): void;
  validate(): Promise<void>;
  setBadRows(badRows: BadRows): void;
  setTarget(target: ImportTarget): void;
  confirmReplace(confirmed: boolean): void;
  run(): Promise<void>;
  cancel(): Promise<void>;
}

let nextKey = 1;
const INITIAL = {
  open: false,
  step: 'files' as WizardStep,
  files: [] as WizardFile[],
  current: null,
  busy: false,
  report: null,
  badRows: 'fail' as BadRows,
  target: { mode: 'new', name: '' } as ImportTarget,
  replaceConfirmed: false,
  progress: null,
  result: null,
  error: null,
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const codeOf = (error: unknown): string => (error instanceof Error && 'code' in error ? String(error.code) : '');

/** The import wizard: files and their mappings, then a check, a target, and the run itself. */
export const useImport = create<ImportWizardState>()((set, get) => {
  const patch = (key: number, change: Partial<WizardFile>) =>
    set({ files: get().files.map((f) => (f.key === key ? { ...f, ...change } : f)) });
  const file = (key: number) => get().files.find((f) => f.key === key);

  async function inspect(key: number, retryKind = true): Promise<void> {
    const f = file(key);
    if (!f?.source) return;
    patch(key, { state: 'inspecting', error: null });
    try {
      const inspection = await api['import:inspect']({ source: f.source, kind: f.kind });
      // A file offered as the wrong kind says which kind it looks like; take the hint once.
      const better = retryKind ? suggestedKind(inspection) : null;
      if (better && !get().files.some((o) => o.key !== key && o.kind === better)) {
        patch(key, { kind: better });
        return inspect(key, false);
      }
      patch(key, { state: 'ready', inspection, mapping: inspection.mapping, formats: inspection.formats, decided: [], extras: [] });
      void loadSaved(f.kind);
      if (get().target.mode === 'new' && (get().target as { name: string }).name === '' && f.kind === 'leads') {
        set({ target: { mode: 'new', name: f.name.replace(/\.(csv|tsv|txt)$/i, '') } });
      }
    } catch (error) {
      patch(key, { state: 'failed', error: messageOf(error) });
    }
  }

  async function loadSaved(kind: ImportKind): Promise<void> {
    try {
      set({ saved: { ...get().saved, [kind]: await api['import:mappings']({ kind }) } });
    } catch {
      // Saved mappings are a convenience; the wizard works without them.
    }
  }

  /** Formats depend on which columns are mapped, so they are detected again for the final mapping. */
  async function refreshFormats(): Promise<void> {
    for (const f of get().files) {
      if (!f.source || f.state !== 'ready') continue;
      const inspection = await api['import:inspect']({ source: f.source, kind: f.kind, mapping: f.mapping });
      const current = file(f.key);
      if (!current) continue;
      const kept = Object.fromEntries(current.decided.filter((d) => d in inspection.formats.dates).map((d) => [d, current.formats.dates[d]]));
      patch(f.key, { inspection, formats: { ...inspection.formats, dates: { ...inspection.formats.dates, ...kept } } });
    }
  }

  function filesArg(): ImportFiles {
    const spec = (kind: ImportKind) => {
      const f = get().files.find((x) => x.kind === kind && x.source);
      if (!f?.source) return undefined;
      const kept = kind === 'leads' && f.extras.length > 0 ? { extras: f.extras } : {};
      return { source: f.source, mapping: f.mapping, formats: f.formats, crm: f.inspection?.crm ?? null, ...kept };
    };
    const leads = spec('leads');
    if (!leads) throw new Error('Choose a leads file first.');
    return { leads, activities: spec('activities'), outcomes: spec('outcomes') };
  }

  /** Runs a long call with its progress events shown. */
  async function withProgress<T>(call: () => Promise<T>): Promise<T> {
    set({ progress: null });
    const unsubscribe = onApiEvent('progress', (progress) => progress.task === 'import' && set({ progress }));
    try {
      return await call();
    } finally {
      unsubscribe();
    }
  }

  return {
    ...INITIAL,
    saved: {},
    start(files) {
      if (!get().open) set({ ...INITIAL, open: true });
      void useDatasets.getState().refresh();
      if (files && files.length > 0) void get().addFiles(files);
    },
    close() {
      set({ ...INITIAL });
    },
    async addFiles(files) {
      set({ step: 'files', error: null });
      await Promise.all(
        files.map(async (browserFile) => {
          const key = nextKey++;
          const taken = get().files.map((f) => f.kind);
          const kind = guessKind(browserFile.name, taken);
          set({
            files: [...get().files, { key, name: browserFile.name, kind, source: null, state: 'uploading', error: null, inspection: null, mapping: {}, formats: { dates: {}, decimal: '.' }, decided: [], extras: [] }],
          });
          try {
            patch(key, { source: await uploadFile(browserFile) });
            await inspect(key);
          } catch (error) {
            patch(key, { state: 'failed', error: messageOf(error) });
          }
        }),
      );
      if (get().current === null) set({ current: get().files[0]?.key ?? null });
    },
    async addSources(sources) {
      await Promise.all(
        sources.map(async (source) => {
          const key = nextKey++;
          const name = source.split(/[\\/]/).pop() ?? source;
          const kind = guessKind(name, get().files.map((f) => f.kind));
          set({ files: [...get().files, { key, name, kind, source, state: 'inspecting', error: null, inspection: null, mapping: {}, formats: { dates: {}, decimal: '.' }, decided: [], extras: [] }] });
          await inspect(key);
        }),
      );
      if (get().current === null) set({ current: get().files[0]?.key ?? null });
    },
    remove(key) {
      const files = get().files.filter((f) => f.key !== key);
      set({ files, current: get().current === key ? (files[0]?.key ?? null) : get().current, report: null });
    },
    async setKind(key, kind) {
      patch(key, { kind });
      set({ report: null });
      await inspect(key, false);
    },
    show(key) {
      set({ current: key });
    },
    async goTo(step) {
      set({ error: null });
      if (step === 'formats') {
        set({ busy: true });
        try {
          await refreshFormats();
        } catch (error) {
          set({ error: messageOf(error) });
        } finally {
          set({ busy: false });
        }
      }
      set({ step, current: get().current ?? get().files[0]?.key ?? null });
      if (step === 'validation') await get().validate();
    },
    setColumn(key, field, column) {
      const f = file(key);
      // A column feeds one field or one attribute: mapping it to a field stops keeping it.
      if (f) patch(key, { mapping: { ...f.mapping, [field]: column }, extras: f.extras.filter((e) => e.column !== column) });
      set({ report: null });
    },
    setExtra(key, column, kind) {
      const f = file(key);
      if (!f) return;
      const others = f.extras.filter((e) => e.column !== column);
      patch(key, { extras: kind === null ? others : [...others, { column, kind }].sort((a, b) => a.column - b.column) });
      set({ report: null });
    },
    async saveMapping(key, name) {
      const f = file(key);
      if (!f?.inspection) return;
      try {
        const columns = columnsByName(f.mapping, f.inspection.header);
        const saved = await api['import:save-mapping']({ name, kind: f.kind, columns, extras: extrasByName(f.extras, f.inspection.header) });
        set({ saved: { ...get().saved, [f.kind]: saved } });
      } catch (error) {
        set({ error: messageOf(error) });
      }
    },
    loadMapping(key, saved) {
      const f = file(key);
      if (!f?.inspection) return;
      const mapping = mappingFromNames(saved.columns, f.inspection.header, f.mapping);
      patch(key, { mapping, extras: extrasFromNames(saved.extras ?? [], f.inspection.header, mapping, f.extras) });
    },
    setDateFormat(key, field, format) {
      const f = file(key);
      if (!f) return;
      // One export writes all its dates alike, so an answer for one ambiguous column answers the
      // file's other ambiguous columns still open; each can still be changed on its own.
      const ambiguous = f.inspection?.ambiguousDates.map((a) => a.field) ?? [];
      const fields = ambiguous.includes(field) ? [field, ...ambiguous.filter((a) => !f.decided.includes(a))] : [field];
      const dates = { ...f.formats.dates, ...Object.fromEntries(fields.map((d) => [d, format])) };
      patch(key, { formats: { ...f.formats, dates }, decided: [...new Set([...f.decided, ...fields])] });
    },
    setDecimal(key, decimal) {
      const f = file(key);
      if (f) patch(key, { formats: { ...f.formats, decimal } });
    },
    async validate() {
      set({ busy: true, report: null, error: null });
      try {
        const report = await withProgress(() => api['import:validate'](filesArg()));
        set({ report, badRows: report.errors > 0 ? get().badRows : 'fail' });
      } catch (error) {
        set({ error: codeOf(error) === 'import/cancelled' ? 'The check was cancelled.' : messageOf(error) });
      } finally {
        set({ busy: false, progress: null });
      }
    },
    setBadRows(badRows) {
      set({ badRows });
    },
    setTarget(target) {
      set({ target, replaceConfirmed: false });
    },
    confirmReplace(confirmed) {
      set({ replaceConfirmed: confirmed });
    },
    async run() {
      set({ step: 'progress', busy: true, error: null, result: null });
      try {
        const { badRows, target } = get();
        const result = await withProgress(() => api['import:run']({ ...filesArg(), badRows, target }));
        if (result.status !== 'imported' || result.datasetId === null) {
          set({ step: 'validation', report: result, error: 'Nothing was imported: some rows have errors. Fix the file, or choose to skip those rows.' });
          return;
        }
        set({ step: 'done', result });
        await useDatasets.getState().switchTo(result.datasetId);
        await useDatasets.getState().refresh();
      } catch (error) {
        const cancelled = codeOf(error) === 'import/cancelled';
        set({ step: cancelled ? 'target' : 'progress', error: cancelled ? 'The import was cancelled; nothing was saved.' : messageOf(error) });
      } finally {
        set({ busy: false, progress: null });
      }
    },
    async cancel() {
      try {
        await api['import:cancel'](null);
      } catch (error) {
        set({ error: messageOf(error) });
      }
    },
  };
});
