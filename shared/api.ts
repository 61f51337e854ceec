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

export interface ApiContract {
  'workspace:open': { arg: null; result: WorkspaceSummary };
  'dataset:open': { arg: { datasetId: number }; result: OpenedDataset };
  /** The dataset's lead table, encoded by shared/engine/lead-table-codec. */
  'dataset:table': { arg: { datasetId: number }; result: ArrayBuffer };
  'model:save-working': { arg: { datasetId: number; model: ScoringModel }; result: null };
  /** Identities of leads by their row in the lead table (at most 200,000 rows a call). */
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
  /** Copies the whole workspace to a file (SQLite backup), e.g. to carry it to another laptop. */
  'workspace:backup': { arg: { file: string }; result: { file: string; bytes: number } };
  /** Replaces the workspace with a backup after checking it; the replaced one is kept beside it. */
  'workspace:restore': { arg: { file: string }; result: WorkspaceSummary };
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
  'scenario:list',
  'scenario:create',
  'scenario:update',
  'scenario:delete',
  'scenario:set-baseline',
  'version:list',
  'version:create',
  'version:delete',
  'workspace:backup',
  'workspace:restore',
];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/** What a call returns over either transport, before the client unwraps it. */
export type ApiReply = { ok: true; value: unknown } | { ok: false; error: ApiErrorShape };
