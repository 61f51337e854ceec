import { ApiError, type OpenedDataset } from '../../../shared/api';
import { defaultModel } from '../../../shared/model/default-model';
import { parseScoringModel } from '../../../shared/model/validate-model';
import { createScenario, getSetting, listScenarios, setSetting, type Scenario } from '../../store';
import type Database from 'better-sqlite3';
import { datasetIdOf, objectArg, requireDataset, requireDatasetExists } from '../args';
import type { DomainHandlers, ServiceContext } from '../context';
import { ACTIVE_DATASET, workingModelKey } from './settings-keys';

const MAX_IDENTITY_ROWS = 200_000;

export function datasetHandlers({ live }: ServiceContext): DomainHandlers<'dataset'> {
  return {
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
