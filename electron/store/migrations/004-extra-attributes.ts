import type { Migration } from './migration';

/*
 * Columns of an import kept as extra fit attributes (issue 3): what each dataset kept, in order,
 * and each lead's values. Values are one row per lead and attribute, with no row for a blank
 * cell, so a dataset's own columns need no per-dataset table or ALTER TABLE.
 */
export const extraAttributes: Migration = {
  version: 4,
  name: 'extra-attributes',
  sql: `
CREATE TABLE dataset_attributes (
  dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
  -- Order in which the dataset keeps them; a lead's values name their attribute by it.
  position INTEGER NOT NULL,
  -- What rules name, e.g. 'extra:employees'; label and source_column are the user's header.
  key TEXT NOT NULL,
  label TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('categorical', 'numeric', 'boolean')),
  source_column TEXT NOT NULL,
  PRIMARY KEY (dataset_id, position),
  UNIQUE (dataset_id, key)
);

CREATE TABLE lead_attribute_values (
  -- Deferred: the import writes leads and their values in separate batches of one transaction,
  -- so a value may reach the table before its lead does; the check runs at commit.
  lead_id INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  position INTEGER NOT NULL,
  -- No declared type, so each value keeps its own: TEXT for categorical, REAL for numeric,
  -- INTEGER 1 or 0 for yes/no.
  value NOT NULL,
  PRIMARY KEY (lead_id, position)
) WITHOUT ROWID;
`,
};
