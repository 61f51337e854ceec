import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { BatchInsert } from '../../electron/store/batch-insert';
import { FIT_COLUMNS } from '../../electron/store/columns';
import { FIT_ATTRIBUTES } from '../../shared/model/catalog';
import type { ScoringModel } from '../../shared/model/scoring-model';
import type { SampleLead } from '../../shared/sample/generate';

/** The four counts both sides compute; every other KPI is arithmetic on these. */
export interface CoreCounts {
  mqls: number;
  mqlsObserved: number;
  mqlSqls: number;
  totalSqls: number;
}

/** SUM over no rows is NULL in SQL, so each count may come back null for an empty dataset. */
type CountsRow = { [K in keyof CoreCounts]: number | null };

const FIT_SQL_COLUMNS = FIT_ATTRIBUTES.map((a) => FIT_COLUMNS[a.key]);

/*
 * A schema of the bench's own, close to the store's but with only what scoring reads. The index
 * is created after the bulk load (cheaper than maintaining it row by row) and covers the query:
 * it hands SQLite each lead's activities already grouped by lead and type.
 */
const SCHEMA = `
CREATE TABLE leads (id INTEGER PRIMARY KEY, ${FIT_SQL_COLUMNS.map((c) => `${c} TEXT`).join(', ')});
CREATE TABLE outcomes (lead_id INTEGER PRIMARY KEY, worked_at INTEGER, sql_at INTEGER);
CREATE TABLE activities (lead_id INTEGER NOT NULL, type TEXT NOT NULL, occurred_at INTEGER NOT NULL);
`;
const INDEX = 'CREATE INDEX activities_lead_type ON activities(lead_id, type, occurred_at); ANALYZE;';

/**
 * The comparison point for the engine: the same KPIs from one SQL query over a temporary
 * SQLite file, which is what scoring "in the database" on every slider tick would cost.
 */
export class SqlitePeer {
  private readonly db: Database.Database;
  private readonly leads: BatchInsert;
  private readonly outcomes: BatchInsert;
  private readonly activities: BatchInsert;
  private nextId = 1;

  private constructor(readonly file: string) {
    this.db = new Database(file);
    // A throwaway file: durability buys nothing here and would only slow the load.
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    // 256 MB of page cache, so the timed queries measure SQLite's work rather than disk reads.
    this.db.pragma('cache_size = -262144');
    this.db.exec(SCHEMA);
    this.leads = new BatchInsert(this.db, 'leads', ['id', ...FIT_SQL_COLUMNS]);
    this.outcomes = new BatchInsert(this.db, 'outcomes', ['lead_id', 'worked_at', 'sql_at']);
    this.activities = new BatchInsert(this.db, 'activities', ['lead_id', 'type', 'occurred_at']);
    this.db.exec('BEGIN');
  }

  /** Opens a fresh database in the temp folder; feed it with add(), then call finishLoad(). */
  static create(label: string): SqlitePeer {
    return new SqlitePeer(path.join(os.tmpdir(), `mql-lab-bench-${process.pid}-${label}.sqlite`));
  }

  add(lead: SampleLead): void {
    const id = this.nextId++;
    this.leads.add(id, ...FIT_ATTRIBUTES.map((a) => lead.fit[a.key]));
    this.outcomes.add(id, lead.workedAt, lead.sqlAt);
    for (const activity of lead.activities) this.activities.add(id, activity.type, activity.at);
  }

  finishLoad(): void {
    this.leads.flush();
    this.outcomes.flush();
    this.activities.flush();
    this.db.exec('COMMIT');
    this.db.exec(INDEX);
  }

  counts(model: ScoringModel): CoreCounts {
    const row = this.db.prepare<[], CountsRow>(kpiQuery(model)).get();
    if (!row) throw new Error('The KPI query returned no row');
    return {
      mqls: row.mqls ?? 0,
      mqlsObserved: row.mqlsObserved ?? 0,
      mqlSqls: row.mqlSqls ?? 0,
      totalSqls: row.totalSqls ?? 0,
    };
  }

  /** Closes and deletes the file, so a 1M-lead run leaves nothing in the temp folder. */
  dispose(): void {
    this.db.close();
    for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(this.file + suffix, { force: true });
  }
}

function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Points go into the SQL text, so anything but a finite number is refused rather than spliced. */
function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
  return String(value);
}

/**
 * One query for one model. Only activities strictly before the lead's cutoff (first sales touch
 * or SQL, whichever came first) count, each type up to its cap. The score at the cutoff decides
 * MQL, which equals the engine's "peak reached the threshold" only while no activity subtracts
 * points, so models with negative activity points are refused instead of compared wrongly.
 */
export function kpiQuery(model: ScoringModel): string {
  const rules = model.engagement.filter((r) => r.cap > 0 && r.points !== 0);
  if (rules.some((r) => r.points < 0)) {
    throw new Error('The SQLite peer scores at the cutoff, which needs non-negative activity points');
  }
  // Like the engine, a type named twice counts by its first rule.
  const firstRules = rules.filter((r, i) => rules.findIndex((o) => o.activity === r.activity) === i);
  const engagementCases = firstRules
    .map((r) => `WHEN ${literal(r.activity)} THEN ${num(r.points)} * min(n, ${num(r.cap)})`)
    .join(' ');
  const fitTerms = FIT_ATTRIBUTES.map((a) => {
    const rule = model.fit.find((r) => r.attribute === a.key);
    const whens = Object.entries(rule?.points ?? {})
      .filter(([, points]) => points !== 0)
      .map(([value, points]) => `WHEN ${literal(value)} THEN ${num(points)}`);
    return whens.length === 0 ? '0' : `(CASE l.${FIT_COLUMNS[a.key]} ${whens.join(' ')} ELSE 0 END)`;
  });
  const t = num(model.threshold);
  return `
WITH cutoffs AS (
  SELECT lead_id, worked_at, sql_at,
    CASE WHEN worked_at IS NULL THEN sql_at WHEN sql_at IS NULL THEN worked_at
         ELSE min(worked_at, sql_at) END AS cutoff
  FROM outcomes
),
per_type AS (
  SELECT a.lead_id, a.type, count(*) AS n
  FROM activities a JOIN cutoffs c ON c.lead_id = a.lead_id
  WHERE a.type IN (${firstRules.map((r) => literal(r.activity)).join(', ')})
    AND (c.cutoff IS NULL OR a.occurred_at < c.cutoff)
  GROUP BY a.lead_id, a.type
),
engagement AS (
  SELECT lead_id, sum(CASE type ${engagementCases || 'WHEN NULL THEN 0'} ELSE 0 END) AS points
  FROM per_type GROUP BY lead_id
),
scored AS (
  SELECT c.worked_at, c.sql_at, ${fitTerms.join(' + ')} + coalesce(e.points, 0) AS score
  FROM leads l JOIN cutoffs c ON c.lead_id = l.id LEFT JOIN engagement e ON e.lead_id = l.id
)
SELECT
  sum(score >= ${t}) AS mqls,
  sum(score >= ${t} AND worked_at IS NOT NULL) AS mqlsObserved,
  sum(score >= ${t} AND worked_at IS NOT NULL AND sql_at IS NOT NULL) AS mqlSqls,
  sum(sql_at IS NOT NULL) AS totalSqls
FROM scored`;
}
