import { ApiError, type OpenedDataset } from '../../../shared/api';
import { defaultModel } from '../../../shared/model/default-model';
import { parseScoringModel } from '../../../shared/model/validate-model';
import { createScenario, deleteDataset, deleteSetting, getSetting, listDatasets, listScenarios, setSetting, type Scenario } from '../../store';
import type Database from 'better-sqlite3';
import { datasetIdOf, objectArg, requireDataset, requireDatasetExists } from '../args';
import type { DomainHandlers, ServiceContext } from '../context';
import { ACTIVE_DATASET, workingModelKey } from './settings-keys';

const MAX_IDENTITY_ROWS = 200_000;

export function datasetHandlers({ live, imports }: ServiceContext): DomainHandlers<'dataset'> {
  return {
    async 'dataset:delete'(arg) {
      const datasetId = datasetIdOf(arg);
      const db = live.db;
      const dataset = requireDataset(db, datasetId);
      if (imports.busy) throw new ApiError('import/busy', 'An import is writing to this workspace. Wait for it to finish, or cancel it, before deleting a dataset.');
      if (listDatasets(db).length === 1) {
        throw new ApiError('dataset/last', `“${dataset.name}” is this workspace's only dataset, so it stays. Import another one first, or delete the whole workspace.`);
      }
      db.transaction(() => {
        deleteDataset(db, datasetId);
        deleteSetting(db, workingModelKey(datasetId));
        if (getSetting(db, ACTIVE_DATASET) === String(datasetId)) deleteSetting(db, ACTIVE_DATASET);
      })();
      live.forgetLeadIds();
      return listDatasets(db);
    },
    async 'dataset:open'(arg) {
      const datasetId = datasetIdOf(arg);
      const db = live.db;
      const dataset = requireDataset(db, datasetId);
      setSetting(db, ACTIVE_DATASET, String(datasetId));
      const saved = getSetting(db, workingModelKey(datasetId));
      const baseline = baselineOf(db, datasetId);
      return { dataset, baseline, workingModel: saved ? parseScoringModel(JSON.parse(saved)) : baseline.model } satisfies OpenedDataset;
    },
    async 'dataset:table'(arg) {
      const datasetId = datasetIdOf(arg);
      requireDatasetExists(live.db, datasetId);
      return live.encodedTable(datasetId);
    },
    async 'dataset:lead-identities'(arg) {
      const datasetId = datasetIdOf(arg);
      requireDatasetExists(live.db, datasetId);
      const { rows } = objectArg(arg);
      if (!Array.isArray(rows) || rows.length > MAX_IDENTITY_ROWS || !rows.every((r) => Number.isInteger(r))) {
        throw new ApiError('api/bad-argument', `rows must be a list of at most ${MAX_IDENTITY_ROWS.toLocaleString('en-US')} row numbers.`);
      }
      return live.leadIdentities().lookup(datasetId, rows as number[]);
    },
  };
}

/** Every dataset has a baseline to compare with; one that has none gets the default model's. */
function baselineOf(db: Database.Database, datasetId: number): Scenario {
  const baseline = listScenarios(db, datasetId).find((s) => s.isBaseline);
  return (
    baseline ??
    createScenario(db, { datasetId, name: 'Baseline: current definition', note: '', model: defaultModel(), isBaseline: true })
  );
}
