import fs from 'node:fs';
import path from 'node:path';
import type { LeadRecord } from '../../shared/import/records';
import { FIT_ATTRIBUTES } from '../../shared/model/catalog';
import { GENERATOR_VERSION, SAMPLE_DEFAULTS, generateSample, type SampleLead } from '../../shared/sample/generate';
import { SAMPLE_ATTRIBUTES, SAMPLE_DATASET_NAME } from '../../electron/service/sample-workspace';
import { FIRST_WORKSPACE, WORKSPACES_FOLDER } from '../../electron/service/workspace-shelf';
import { DatasetWriter, MIGRATIONS, openStore } from '../../electron/store';

/**
 * Writes the data folder the browser-tick bench opens the app on: one workspace holding the
 * bundled sample's generator at n leads (about ten activities each), stored by the store's
 * DatasetWriter, the writer every import ends in, with the sample's extra attributes, so the app
 * loads what a user who imported that export would have. It runs in a process of its own, so the
 * memory of writing ten million activities is given back before the browser starts.
 *
 *   tsx test/bench/browser-tick-data.ts FOLDER N
 */
export interface ReadyFile {
  leads: number;
  activities: number;
  generatorVersion: number;
  schemaVersion: number;
  seconds: number;
}

export const READY_FILE = 'bench-ready.json';
export const SCHEMA_VERSION = MIGRATIONS.length;

function record(lead: SampleLead): LeadRecord {
  const fit: LeadRecord['fit'] = {};
  for (const { key } of FIT_ATTRIBUTES) fit[key] = lead.fit[key] || null;
  return {
    externalId: lead.id,
    email: lead.email || null,
    company: lead.company || null,
    createdAt: lead.createdAt,
    channel: lead.channel,
    campaign: lead.campaign,
    fit,
    mqlAt: lead.mqlAt,
    workedAt: lead.workedAt,
    sqlAt: lead.sqlAt,
    opportunityAt: lead.opportunityAt,
    won: lead.won,
    dealValue: lead.dealValue,
    // In SAMPLE_ATTRIBUTES' order, as the bundled sample's workspace keeps them.
    extra: [lead.employees, lead.existingCustomer],
  };
}

function main(): void {
  const [folder, count] = process.argv.slice(2);
  const n = Number(count);
  if (!folder || !Number.isInteger(n) || n < 1) throw new Error('Usage: browser-tick-data.ts FOLDER N');
  const started = performance.now();
  const file = path.join(folder, WORKSPACES_FOLDER, `${FIRST_WORKSPACE}.sqlite`);
  const db = openStore(file);
  let activities = 0;
  try {
    db.transaction(() => {
      const writer = new DatasetWriter(db, { mode: 'new', meta: { name: SAMPLE_DATASET_NAME, source: `bench: ${n} generated leads` } }, {
        attributes: SAMPLE_ATTRIBUTES,
      });
      for (const lead of generateSample({ ...SAMPLE_DEFAULTS, leads: n })) {
        writer.addLead(record(lead));
        for (const activity of lead.activities) writer.addActivity({ leadExternalId: lead.id, type: activity.type, occurredAt: activity.at });
      }
      writer.finish();
      activities = writer.activityCount;
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  const ready: ReadyFile = {
    leads: n,
    activities,
    generatorVersion: GENERATOR_VERSION,
    schemaVersion: SCHEMA_VERSION,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
  // Written last: a folder without it was interrupted and is made again.
  fs.writeFileSync(path.join(folder, READY_FILE), `${JSON.stringify(ready)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
