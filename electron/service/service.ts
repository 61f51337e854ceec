import path from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError, type ApiEvents, type ApiResult, type Channel, type EventName, type OpenedDataset } from '../../shared/api';
import { encodeLeadTable } from '../../shared/engine/lead-table-codec';
import { defaultModel } from '../../shared/model/default-model';
import { parseScoringModel } from '../../shared/model/validate-model';
import {
  createScenario,
  getSetting,
  listDatasets,
  listScenarios,
  loadLeadTable,
  openStore,
  setSetting,
} from '../store';
import { LeadIdentities } from '../store/lead-identities';
import { importSampleWorkspace } from './sample-workspace';

export interface ServiceOptions {
  /** Folder holding the workspace database (Electron's userData, or the web host's --data). */
  dataFolder: string;
  /** Folder with the bundled sample's CSV files. */
  sampleFolder: string;
  emit: <E extends EventName>(event: E, payload: ApiEvents[E]) => void;
}

/** Every argument arrives as unknown: the handlers validate before they trust it. */
export type ApiHandlers = { [C in Channel]: (arg: unknown) => Promise<ApiResult<C>> };

export interface Service {
  handlers: ApiHandlers;
  close(): void;
}

export const WORKSPACE_FILE = 'workspace.sqlite';
const ACTIVE_DATASET = 'active-dataset';
const MAX_IDENTITY_ROWS = 200_000;
const workingModelKey = (datasetId: number) => `working-model:${datasetId}`;

export function createService(options: ServiceOptions): Service {
  const db = openStore(path.join(options.dataFolder, WORKSPACE_FILE));
  const encodedTables = new Map<number, ArrayBuffer>();
  const identities = new LeadIdentities(db);
  let seeding: Promise<void> | null = null;

  // Concurrent first calls (two windows, a reload) must not import the sample twice.
  function ensureSample(): Promise<void> {
    seeding ??= listDatasets(db).length > 0
      ? Promise.resolve()
      : importSampleWorkspace(db, options.sampleFolder, (label, done, total) =>
          options.emit('progress', { task: 'sample', label, done, total }),
        ).then(() => undefined);
    return seeding.catch((error: unknown) => {
      seeding = null;
      throw error;
    });
  }

  const handlers: ApiHandlers = {
    async 'workspace:open'() {
      await ensureSample();
      const datasets = listDatasets(db);
      const remembered = Number(getSetting(db, ACTIVE_DATASET));
      const active = datasets.find((d) => d.id === remembered) ?? datasets[0];
      return { datasets, activeDatasetId: active?.id ?? null, dataFolder: options.dataFolder };
    },
    async 'dataset:open'(arg) {
      const datasetId = datasetIdOf(arg);
      const dataset = requireDataset(db, datasetId);
      setSetting(db, ACTIVE_DATASET, String(datasetId));
      const saved = getSetting(db, workingModelKey(datasetId));
      const baseline = baselineOf(db, datasetId);
      return { dataset, baseline, workingModel: saved ? parseScoringModel(JSON.parse(saved)) : baseline.model } satisfies OpenedDataset;
    },
    async 'dataset:table'(arg) {
      const datasetId = datasetIdOf(arg);
      requireDataset(db, datasetId);
      let encoded = encodedTables.get(datasetId);
      if (!encoded) {
        encoded = encodeLeadTable(loadLeadTable(db, datasetId));
        encodedTables.set(datasetId, encoded);
      }
      return encoded;
    },
    async 'model:save-working'(arg) {
      const datasetId = datasetIdOf(arg);
      requireDataset(db, datasetId);
      const model = parseScoringModel(objectArg(arg).model);
      setSetting(db, workingModelKey(datasetId), JSON.stringify(model));
      return null;
    },
    async 'dataset:lead-identities'(arg) {
      const datasetId = datasetIdOf(arg);
      requireDataset(db, datasetId);
      const { rows } = objectArg(arg);
      if (!Array.isArray(rows) || rows.length > MAX_IDENTITY_ROWS || !rows.every((r) => Number.isInteger(r))) {
        throw new ApiError('api/bad-argument', `rows must be a list of at most ${MAX_IDENTITY_ROWS.toLocaleString('en-US')} row numbers.`);
      }
      return identities.lookup(datasetId, rows as number[]);
    },
  };

  return { handlers, close: () => db.close() };
}

function baselineOf(db: Database.Database, datasetId: number) {
  const baseline = listScenarios(db, datasetId).find((s) => s.isBaseline);
  return (
    baseline ??
    createScenario(db, { datasetId, name: 'Baseline: current definition', note: '', model: defaultModel(), isBaseline: true })
  );
}

function requireDataset(db: Database.Database, datasetId: number) {
  const dataset = listDatasets(db).find((d) => d.id === datasetId);
  if (!dataset) throw new ApiError('dataset/not-found', `There is no dataset with id ${datasetId} in this workspace.`);
  return dataset;
}

function objectArg(arg: unknown): Record<string, unknown> {
  if (typeof arg !== 'object' || arg === null) throw new ApiError('api/bad-argument', 'Expected an object argument.');
  return arg as Record<string, unknown>;
}

function datasetIdOf(arg: unknown): number {
  const { datasetId } = objectArg(arg);
  if (typeof datasetId !== 'number' || !Number.isInteger(datasetId)) {
    throw new ApiError('api/bad-argument', 'datasetId must be a whole number.');
  }
  return datasetId;
}
