import type { FunnelSignals } from './funnel';
import { rowProblem, type ProblemLog } from './problems';
import type { LeadRecord, OutcomeRecord } from './records';

/**
 * The rows of an outcomes-only file, found by lead id or, failing that, by email. The leads file
 * is then streamed past it: each lead takes its outcome, and what is left over matched no lead.
 */
export class OutcomeIndex {
  private readonly byId = new Map<string, OutcomeRecord>();
  private readonly byEmail = new Map<string, OutcomeRecord>();
  private readonly used = new Set<OutcomeRecord>();
  private readonly records: OutcomeRecord[] = [];

  constructor(
    private readonly file: string,
    private readonly log: ProblemLog,
  ) {}

  get size(): number {
    return this.records.length;
  }

  /** The outcome already held for this id or email (the first one wins), if any. */
  find(id: string | null, email: string | null): OutcomeRecord | undefined {
    return (id === null ? undefined : this.byId.get(id)) ?? (email === null ? undefined : this.byEmail.get(email));
  }

  add(record: OutcomeRecord): void {
    this.records.push(record);
    if (record.leadExternalId !== null && !this.byId.has(record.leadExternalId)) {
      this.byId.set(record.leadExternalId, record);
    }
    if (record.email !== null && !this.byEmail.has(record.email)) this.byEmail.set(record.email, record);
  }

  /** The outcome of a lead, matched by id first and by email only when the id has none. */
  take(id: string, email: string | null): OutcomeRecord | undefined {
    const outcome = this.find(id, email);
    if (outcome) this.used.add(outcome);
    return outcome;
  }

  /**
   * Puts an outcome on a lead. What the outcomes file says wins over the leads file, since it is
   * imported for that purpose and is usually the more recent export; its blanks change nothing.
   */
  merge(lead: LeadRecord, signals: FunnelSignals, outcome: OutcomeRecord): void {
    lead.mqlAt = outcome.mqlAt ?? lead.mqlAt;
    lead.workedAt = outcome.workedAt ?? lead.workedAt;
    lead.sqlAt = outcome.sqlAt ?? lead.sqlAt;
    lead.opportunityAt = outcome.opportunityAt ?? lead.opportunityAt;
    lead.dealValue = outcome.dealValue ?? lead.dealValue;
    if (outcome.won !== null) {
      lead.won = outcome.won;
      signals.wonKnown = true;
    }
    if (outcome.stage !== null) signals.stage = { stage: outcome.stage, worked: outcome.worked };
    if (outcome.converted !== null) signals.converted = outcome.converted;
  }

  /** Reports each outcome no lead took; call after the last lead. */
  finish(): void {
    for (const record of this.records) {
      if (this.used.has(record) || this.find(record.leadExternalId, record.email) !== record) continue;
      const who = [
        record.leadExternalId === null ? null : `the id '${record.leadExternalId}'`,
        record.email === null ? null : `the email '${record.email}'`,
      ]
        .filter((s) => s !== null)
        .join(' or ');
      this.log.add(
        rowProblem(
          this.file,
          record.row,
          'warning',
          'unmatched-outcome',
          `no lead in the leads file has ${who}; this outcome is not used`,
          'Check that the outcomes file belongs to the same export as the leads file.',
        ),
      );
    }
  }
}
