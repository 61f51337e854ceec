import type { ColumnKind, MatchKind } from './import/auto-map';
import type { Delimiter } from './import/delimiter';
import type { ExtraAttribute, ExtraColumn, ExtraKind } from './import/extra-attributes';
import type { FieldMapping, ImportKind } from './import/fields';
import type { TextEncodingName } from './import/file-checks';
import type { AmbiguousDateColumn, ColumnFormats } from './import/formats';
import type { CrmId } from './import/presets';
import type { ImportProblem } from './import/problems';
import type { RowStats } from './import/row-reader';
import type { ScoringModel } from './model/scoring-model';

/**
 * The one contract between the renderer and the service. The service implements it once; the
 * Electron IPC transport and the web host's HTTP transport both carry it unchanged.
 */
export interface DatasetSummary {
  id: number;
  name: string;
  source: string;
  createdAt: number;
  leads: number;
  activities: number;
  /** Columns its import kept as extra fit attributes: rules name them by key and show their label. */
  attributes: ExtraAttribute[];
}

export interface Scenario {
  id: number;
  datasetId: number;
  name: string;
  note: string;
  model: ScoringModel;
  isBaseline: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface WorkspaceSummary {
  datasets: DatasetSummary[];
  /** The dataset to open on start: the last one used, else the first. */
  activeDatasetId: number | null;
  dataFolder: string;
  /** The open workspace's name (its file in the data folder's workspaces folder). */
  workspaceName: string;
}

/** One workspace in the data folder: a single SQLite file a consultant can carry elsewhere. */
export interface WorkspaceEntry {
  name: string;
  active: boolean;
  bytes: number;
  /** Epoch milliseconds of the file's last change. */
  modifiedAt: number;
}

export interface OpenedDataset {
  dataset: DatasetSummary;
  baseline: Scenario;
  /** The model as the user last left it (autosaved), else a copy of the baseline's. */
  workingModel: ScoringModel;
}

/** Who the lead at a row of the lead table is. */
export interface LeadIdentity {
  row: number;
  externalId: string;
  email: string | null;
  company: string | null;
}

/** An agreed MQL definition of a period, kept so next quarter's review can see what changed. */
export interface DefinitionVersion {
  id: number;
  datasetId: number;
  /** e.g. 'Q3 2026'. */
  label: string;
  author: string;
  note: string;
  model: ScoringModel;
  /** When the definition was agreed (epoch ms). */
  agreedAt: number;
  createdAt: number;
}

/** A column no field took, with what its first rows hold, so it can be kept as an attribute. */
export interface UnmappedColumn {
  index: number;
  header: string;
  kind: ColumnKind;
  /** How to keep it as an attribute, from its cells read with the file's decimal separator. */
  suggested: ExtraKind;
}

/**
 * What a file holds, read from its first bytes and rows: enough to preview it and propose a
 * mapping. `problems` are about the whole file (empty, binary, no header, wrong kind, a required
 * field without a column); an error among them means the file cannot be imported as it is.
 */
export interface ImportInspection {
  /** Path of the file the service reads (for the web host, its upload). */
  source: string;
  /** The file's name as the user knows it; problems name it. */
  fileName: string;
  kind: ImportKind;
  bytes: number;
  /** null when the bytes are not text (an empty or binary file). */
  encoding: TextEncodingName | null;
  bom: boolean;
  delimiter: Delimiter | null;
  header: string[];
  /** Up to 20 data rows as written; rows[0] is spreadsheet row 2. */
  rows: string[][];
  /** Data rows estimated from the bytes per row of the sample; null when unknown. */
  estimatedRows: number | null;
  crm: CrmId | null;
  /** Column index per field key, as proposed. */
  mapping: FieldMapping;
  /** Per field key, 0 (unmapped) to 1 (the detected CRM's own column name). */
  confidence: Record<string, number>;
  matchedBy: Record<string, MatchKind | null>;
  formats: ColumnFormats;
  /** Date columns whose samples read both day-first and month-first: the user must choose. */
  ambiguousDates: AmbiguousDateColumn[];
  decimalAmbiguous: boolean;
  unmapped: UnmappedColumn[];
  problems: ImportProblem[];
}

/** One file of an import, as the user mapped it. */
export interface ImportFileSpec {
  source: string;
  mapping: FieldMapping;
  formats: ColumnFormats;
  /** The CRM the file came from, which decides how lifecycle values read; from the inspection. */
  crm?: CrmId | null;
  /** Leads files only: columns no field takes, kept as extra fit attributes. */
  extras?: ExtraColumn[];
}

/** The files of one dataset: leads (with their outcomes), and optionally activities and outcomes. */
export interface ImportFiles {
  leads: ImportFileSpec;
  activities?: ImportFileSpec;
  outcomes?: ImportFileSpec;
}

/** Where an import goes: a new dataset, or in place of an existing dataset's data (explicitly). */
export type ImportTarget = { mode: 'new'; name: string } | { mode: 'replace'; datasetId: number };

/** What to do with rows that have errors: leave them out, or import nothing at all. */
export type BadRows = 'skip' | 'fail';

export interface ImportRunArg extends ImportFiles {
  badRows: BadRows;
  target: ImportTarget;
}

export interface ImportFileReport extends RowStats {
  kind: ImportKind;
  fileName: string;
  bytes: number;
}

/**
 * The outcome of checking (validate) or importing (run) a set of files. 'rejected' means a run
 * with badRows 'fail' met rows with errors (or no lead could be imported) and saved nothing.
 */
export interface ImportReport {
  status: 'validated' | 'imported' | 'rejected';
  /** The dataset written, when status is 'imported'. */
  datasetId: number | null;
  /** Leads and activities that are (or, when validating, would be) imported. */
  leads: number;
  activities: number;
  files: ImportFileReport[];
  /** The first 1,000 problems, in file and row order. */
  problems: ImportProblem[];
  problemCount: number;
  errors: number;
  warnings: number;
  durationMs: number;
}

/** A mapping saved for reuse, by column name so it fits the next export of the same report. */
export interface SavedMapping {
  name: string;
  kind: ImportKind;
  /** Column header per field key; null for a field left unmapped. */
  columns: Record<string, string | null>;
  /** Columns kept as extra attributes, by header, with the kind they were kept as. */
  extras?: SavedExtra[];
  savedAt: number;
}

export interface SavedExtra {
  column: string;
  kind: ExtraKind;
}

export interface ApiContract {
  'workspace:open': { arg: null; result: WorkspaceSummary };
  'dataset:open': { arg: { datasetId: number }; result: OpenedDataset };
  /** The dataset's lead table, encoded by shared/engine/lead-table-codec. */
  'dataset:table': { arg: { datasetId: number }; result: ArrayBuffer };
  'model:save-working': { arg: { datasetId: number; model: ScoringModel }; result: null };
  /** Identities of leads by their row in the lead table (at most 200,000 rows a call). */
  /**
   * Deletes a dataset with its leads, activities, outcomes, scenarios and versions; the last
   * dataset of a workspace cannot be deleted. The workspace's datasets afterwards.
   */
  'dataset:delete': { arg: { datasetId: number }; result: DatasetSummary[] };
  'dataset:lead-identities': { arg: { datasetId: number; rows: number[] }; result: LeadIdentity[] };
  'scenario:list': { arg: { datasetId: number }; result: Scenario[] };
  'scenario:create': { arg: { datasetId: number; name: string; note: string; model: ScoringModel }; result: Scenario };
  'scenario:update': { arg: { id: number; name?: string; note?: string; model?: ScoringModel }; result: Scenario };
  /** Deletes and returns the scenario, so the UI can offer to undo by creating it again. */
  'scenario:delete': { arg: { id: number }; result: Scenario };
  'scenario:set-baseline': { arg: { id: number }; result: Scenario[] };
  'version:list': { arg: { datasetId: number }; result: DefinitionVersion[] };
  'version:create': { arg: { datasetId: number; label: string; author: string; note: string; model: ScoringModel; agreedAt: number }; result: DefinitionVersion };
  'version:delete': { arg: { id: number }; result: DefinitionVersion };
  /** The workspaces in the data folder, the open one marked. */
  'workspace:list': { arg: null; result: WorkspaceEntry[] };
  /** A new, empty workspace (it gets the bundled sample when first opened); does not open it. */
  'workspace:create': { arg: { name: string }; result: WorkspaceEntry[] };
  /** Closes the open workspace and opens another; the app then starts afresh on it. */
  'workspace:switch': { arg: { name: string }; result: WorkspaceSummary };
  'workspace:rename': { arg: { name: string; newName: string }; result: WorkspaceEntry[] };
  /** Deletes a workspace's file for good; the open one cannot be deleted. */
  'workspace:delete': { arg: { name: string }; result: WorkspaceEntry[] };
  /** Copies the whole workspace to a file (SQLite backup), e.g. to carry it to another laptop. */
  'workspace:backup': { arg: { file: string }; result: { file: string; bytes: number } };
  /** Replaces the workspace with a backup after checking it; the replaced one is kept beside it. */
  'workspace:restore': { arg: { file: string }; result: WorkspaceSummary };
  /**
   * Reads a file's first bytes and rows: checks, delimiter, header, preview, proposed mapping and
   * formats. With `mapping`, formats are detected for those columns instead of the proposal's.
   */
  'import:inspect': { arg: { source: string; kind: ImportKind; mapping?: FieldMapping }; result: ImportInspection };
  /** Reads every row of the files and reports what an import would keep and refuse; saves nothing. */
  'import:validate': { arg: ImportFiles; result: ImportReport };
  /** Imports the files as one dataset in one transaction, off the service's thread; reports progress. */
  'import:run': { arg: ImportRunArg; result: ImportReport };
  /** Stops the running validate or run; the store stays exactly as it was. */
  'import:cancel': { arg: null; result: { cancelled: boolean } };
  'import:save-mapping': { arg: { name: string; kind: ImportKind; columns: Record<string, string | null>; extras?: SavedExtra[] }; result: SavedMapping[] };
  'import:mappings': { arg: { kind: ImportKind }; result: SavedMapping[] };
  /**
   * The desktop app's native open dialog; the paths of the chosen files, none if cancelled. The
   * web host has no access to the user's disk and answers with an error.
   */
  'dialog:open-file': { arg: { title: string; multiple: boolean; kind?: 'csv' | 'backup' }; result: { sources: string[] } };
  /**
   * Desktop only, like every 'dialog:*' channel: the native save dialog, then the text written to
   * the chosen file. The path, or null if the user cancelled.
   */
  'dialog:save-text': { arg: { title: string; fileName: string; text: string }; result: { file: string | null } };
  /** Prints the calling window to PDF (its print stylesheet applies) and saves it where the user says. */
  'dialog:save-pdf': { arg: { title: string; fileName: string }; result: { file: string | null } };
  /** Only asks where to save (e.g. a workspace backup, which the service then writes). */
  'dialog:save-path': { arg: { title: string; fileName: string }; result: { file: string | null } };
}

export type Channel = keyof ApiContract;
export type ApiArg<C extends Channel> = ApiContract[C]['arg'];
export type ApiResult<C extends Channel> = ApiContract[C]['result'];

/** What the renderer calls: every channel, typed end to end. */
export type Api = { [C in Channel]: (arg: ApiArg<C>) => Promise<ApiResult<C>> };

/** Long tasks report progress under one event name; `task` says which task it is. */
export interface ProgressEvent {
  task: string;
  label: string;
  done: number;
  total: number;
  /** Import only: bytes of the files read so far, and in all. */
  bytes?: number;
  totalBytes?: number;
  /** Import only: data rows read so far, over every file. */
  rows?: number;
  rowsPerSecond?: number;
  /** Import only: estimated from the pace so far; null until there is a pace to go by. */
  secondsLeft?: number | null;
}

export interface ApiEvents {
  progress: ProgressEvent;
}
export type EventName = keyof ApiEvents;

/** Errors cross both transports as this shape, with a message the UI can show as it is. */
export interface ApiErrorShape {
  code: string;
  message: string;
}

export class ApiError extends Error implements ApiErrorShape {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const CHANNELS: readonly Channel[] = [
  'workspace:open',
  'dataset:open',
  'dataset:table',
  'model:save-working',
  'dataset:lead-identities',
  'dataset:delete',
  'scenario:list',
  'scenario:create',
  'scenario:update',
  'scenario:delete',
  'scenario:set-baseline',
  'version:list',
  'version:create',
  'version:delete',
  'workspace:list',
  'workspace:create',
  'workspace:switch',
  'workspace:rename',
  'workspace:delete',
  'workspace:backup',
  'workspace:restore',
  'import:inspect',
  'import:validate',
  'import:run',
  'import:cancel',
  'import:save-mapping',
  'import:mappings',
  'dialog:open-file',
  'dialog:save-text',
  'dialog:save-pdf',
  'dialog:save-path',
];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** What a call returns over either transport, before the client unwraps it. */
export type ApiReply = { ok: true; value: unknown } | { ok: false; error: ApiErrorShape };
