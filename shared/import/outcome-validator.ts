import { normaliseEmail } from './email';
import { parseLifecycle } from './lifecycle';
import { OutcomeIndex } from './outcome-index';
import type { CrmId } from './presets';
import { ProblemLog } from './problems';
import type { OutcomeRecord } from './records';
import { RowReader, type Cell, type RowReaderOptions } from './row-reader';
import { formatCount, ownCopy } from './text';

export interface OutcomeValidatorOptions extends Omit<RowReaderOptions, 'log'> {
  log?: ProblemLog;
  crm?: CrmId | null;
}

/**
 * Checks the rows of an outcomes-only file and collects the good ones in `index`, which the leads
 * validator then joins to its leads. The first row for a lead id (or, without an id, an email)
 * wins; later ones are skipped with a warning, as for leads.
 */
export class OutcomeRowValidator extends RowReader {
  readonly index: OutcomeIndex;
  private readonly crm: CrmId | null;
  private readonly c: Record<string, Cell> = {};

  constructor(options: OutcomeValidatorOptions) {
    const log = options.log ?? new ProblemLog();
    super({ ...options, log });
    this.crm = options.crm ?? null;
    this.index = new OutcomeIndex(options.file, log);
    for (const field of ['leadId', 'email', 'lifecycleStage', 'converted', 'mqlAt', 'workedAt', 'sqlAt', 'opportunityAt', 'won', 'dealValue']) {
      this.c[field] = this.cell(field);
    }
  }

  get problems(): ProblemLog {
    return this.log;
  }

  accept(cells: readonly string[], row: number): OutcomeRecord | null {
    if (!this.begin(cells, row)) return null;
    const c = this.c;
    const id = ownCopy(this.text(c.leadId)) || null;
    const emailText = this.text(c.email);
    const email = emailText === '' ? null : normaliseEmail(emailText);
    if (id === null && email === null) {
      if (emailText !== '') {
        this.issue(c.email, emailText, 'error', 'bad-email', `'${emailText}' is not an email address, and the row has no lead id`);
      } else {
        this.missing(c.leadId.index >= 0 ? c.leadId : c.email, 'outcome needs a lead id or an email');
      }
    }
    const stageText = this.text(c.lifecycleStage);
    const stage = stageText === '' ? null : parseLifecycle(stageText, this.crm);
    if (stageText !== '' && stage === null) {
      this.issue(
        c.lifecycleStage,
        stageText,
        'warning',
        'unknown-stage',
        `'${stageText}' is not a lifecycle stage or status MQL Lab knows; only the date columns of this row are used`,
      );
    }
    const record: OutcomeRecord = {
      leadExternalId: id,
      email,
      converted: this.boolean(c.converted),
      mqlAt: this.date(c.mqlAt),
      workedAt: this.date(c.workedAt),
      sqlAt: this.date(c.sqlAt),
      opportunityAt: this.date(c.opportunityAt),
      won: this.boolean(c.won),
      dealValue: this.number(c.dealValue),
      stage: stage?.stage ?? null,
      worked: stage?.worked ?? false,
      row,
    };
    if (!this.end()) return null;

    const earlier = this.index.find(id, id === null ? email : null);
    if (earlier) {
      this.stats.skipped++;
      this.issue(
        id === null ? c.email : c.leadId,
        id ?? email ?? '',
        'warning',
        'duplicate-id',
        `the outcome of this lead already appeared on row ${formatCount(earlier.row)}; the first row is kept and this one is skipped`,
      );
      return null;
    }
    this.index.add(record);
    this.stats.accepted++;
    return record;
  }
}
