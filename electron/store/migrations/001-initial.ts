import type { Migration } from './migration';

/*
 * Times are INTEGER epoch milliseconds and NULL means "never", so they map one to one onto the
 * Float64Array columns of a lead table (NULL → NaN).
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE datasets (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  source TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE TABLE leads (
  id INTEGER PRIMARY KEY,
  dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  external_id TEXT NOT NULL,
  email TEXT,
  company TEXT,
  created_at INTEGER NOT NULL,
  channel TEXT NOT NULL,
  campaign TEXT NOT NULL,
  industry TEXT,
  company_size TEXT,
  country TEXT,
  job_role TEXT,
  seniority TEXT,
  email_domain_type TEXT,
  account_tier TEXT,
  UNIQUE (dataset_id, external_id)
);
-- An index on dataset_id alone is ordered by (dataset_id, id), so loading a dataset's leads in id
-- order is a range scan with no sort, whatever other datasets share the file.
CREATE INDEX leads_dataset ON leads(dataset_id);

CREATE TABLE activities (
  lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  occurred_at INTEGER NOT NULL
);
CREATE INDEX activities_lead_time ON activities(lead_id, occurred_at);

CREATE TABLE outcomes (
  lead_id INTEGER PRIMARY KEY REFERENCES leads(id) ON DELETE CASCADE,
  mql_at INTEGER,
  worked_at INTEGER,
  sql_at INTEGER,
  opportunity_at INTEGER,
  won INTEGER NOT NULL DEFAULT 0 CHECK (won IN (0, 1)),
  deal_value REAL
);

CREATE TABLE scenarios (
  id INTEGER PRIMARY KEY,
  dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  model_json TEXT NOT NULL,
  is_baseline INTEGER NOT NULL DEFAULT 0 CHECK (is_baseline IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX scenarios_dataset ON scenarios(dataset_id);
-- The database itself guarantees at most one baseline per dataset; scenarios.ts keeps it at
-- exactly one whenever the dataset has scenarios.
CREATE UNIQUE INDEX scenarios_one_baseline ON scenarios(dataset_id) WHERE is_baseline = 1;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`,
};
