import type { Migration } from './migration';

/*
 * Agreed MQL definitions, one row per period (e.g. 'Q3 2026'). The model is kept whole as JSON,
 * like a scenario's, so a version reads back exactly as it was agreed even after the model format
 * moves on (parseScoringModel upgrades old versions on reading).
 */
export const definitionVersions: Migration = {
  version: 2,
  name: 'definition-versions',
  sql: `
CREATE TABLE definition_versions (
  id INTEGER PRIMARY KEY,
  dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  label TEXT NOT NULL,
  author TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  model_json TEXT NOT NULL,
  agreed_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
-- Serves both the newest-first list of a dataset and the cascade when a dataset is deleted.
CREATE INDEX definition_versions_dataset ON definition_versions(dataset_id, agreed_at);
`,
};
