export { openStore, checkWorkspaceFile, type OpenStoreOptions } from './open-store';
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
export { DatasetWriter, type WriteTarget } from './dataset-writer';
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
export { deleteSetting, getSetting, setSetting } from './settings';
export {
  listVersions,
  getVersion,
  createVersion,
  deleteVersion,
  type DefinitionVersion,
  type NewDefinitionVersion,
} from './versions';
export { backUpWorkspace, type BackupResult } from './backup';
export { stageRestore, installRestored } from './restore';
export { removeWorkspaceFiles } from './workspace-files';
