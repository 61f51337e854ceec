export { openStore, type OpenStoreOptions } from './open-store';
export { StoreError, type StoreErrorCode } from './errors';
export { MIGRATIONS, type Migration } from './migrations/index';
export { BLANK_VALUE, MAX_ACTIVITY_TYPES, MAX_CATEGORY_VALUES } from './columns';
export {
  insertDataset,
  listDatasets,
  deleteDataset,
  loadLeadTable,
  type LeadRecord,
  type ActivityRecord,
  type DatasetMeta,
  type DatasetSummary,
  type InsertDatasetOptions,
  type InsertProgress,
} from './datasets';
export {
  listScenarios,
  getScenario,
  createScenario,
  updateScenario,
  deleteScenario,
  setBaseline,
  type Scenario,
  type NewScenario,
  type ScenarioPatch,
} from './scenarios';
export { getSetting, setSetting } from './settings';
