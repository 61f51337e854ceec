import { activityTypeValue, ValueCache } from './category-values';
import { normaliseEmail } from './email';
import type { LeadDirectory } from './lead-validator';
import { fileProblem, ProblemLog } from './problems';
import type { ActivityRecord } from './records';
import { RowReader, type Cell, type RowReaderOptions } from './row-reader';
import { formatCount } from './text';

export interface ActivityValidatorOptions extends Omit<RowReaderOptions, 'log'> {
  log?: ProblemLog;
  /**
   * The leads of the dataset. With it, activities of unknown leads are reported and skipped, and
   * rows identified by email find their lead; without it, ids are taken on trust.
   */
  leads?: LeadDirectory;
}

/**
 * Checks activity rows one at a time. An activity is joined to its lead by lead id, or by email
 * when the id is missing or unknown. Activities of leads the dataset does not have are skipped
 * with a warning each and one summary, since the store refuses them.
 */
export class ActivityRowValidator extends RowReader {
  private readonly leads: LeadDirectory | null;
  private readonly leadId: Cell;
  private readonly email: Cell;
  private readonly type: Cell;
  private readonly timestamp: Cell;
  private readonly types = new ValueCache(activityTypeValue);
  private unknownRows = 0;
  private readonly unknownLeads = new Set<string>();

  constructor(options: ActivityValidatorOptions) {
    super({ ...options, log: options.log ?? new ProblemLog() });
    this.leads = options.leads ?? null;
    this.leadId = this.cell('leadId');
    this.email = this.cell('email');
    this.type = this.cell('type');
    this.timestamp = this.cell('timestamp');
  }

  get problems(): ProblemLog {
    return this.log;
  }

  /** The activity of a data row (row 2 is the first under the header), or null when it is rejected, blank or of an unknown lead. */
  accept(cells: readonly string[], row: number): ActivityRecord | null {
    if (!this.begin(cells, row)) return null;
    const id = this.text(this.leadId);
    const emailText = this.text(this.email);
    if (id === '' && emailText === '') {
      this.missing(this.leadId.index >= 0 ? this.leadId : this.email, 'activity needs the id or email of its lead');
    } else if (id === '' && normaliseEmail(emailText) === null) {
      this.issue(this.email, emailText, 'error', 'bad-email', `'${emailText}' is not an email address, and the row has no lead id`);
    }
    const typeText = this.text(this.type);
    if (typeText === '') this.missing(this.type, 'activity needs a type');
    const occurredAt = this.date(this.timestamp);
    if (occurredAt === null && this.text(this.timestamp) === '') this.missing(this.timestamp, 'activity needs a date');
    if (!this.end() || occurredAt === null) return null;

    const leadId = this.resolve(id, emailText);
    if (leadId === null) return null;
    this.stats.accepted++;
    return { leadExternalId: leadId, type: this.types.get(typeText), occurredAt };
  }

  /** Adds the summary of activities of unknown leads; call once after the last row. */
  finish(): void {
    const n = this.unknownRows;
    if (n === 0) return;
    const all = this.stats.accepted === 0;
    const ids = this.unknownLeads.size;
    this.log.add(
      fileProblem(
        this.file,
        all ? 'error' : 'warning',
        'unknown-lead',
        `${formatCount(n)} ${n === 1 ? 'activity belongs' : 'activities belong'} to ${formatCount(ids)} ` +
          `lead ${ids === 1 ? 'id' : 'ids'} that the leads file does not have` +
          (all ? ', which is every activity in the file' : '') +
          '; they are skipped. Check that the activities file comes from the same export as the leads file.',
      ),
    );
  }

  /** The id of the activity's lead; the email is only looked at when the id does not find one. */
  private resolve(id: string, emailText: string): string | null {
    const leads = this.leads;
    if (leads !== null && id !== '' && leads.hasId(id)) return id;
    const email = emailText === '' ? null : normaliseEmail(emailText);
    if (leads === null) {
      if (id !== '') return id;
      this.stats.rejected++;
      this.issue(
        this.email,
        email ?? '',
        'error',
        'unknown-lead',
        'the row has only an email, and activities can be joined by email only when they are imported with their leads',
      );
      return null;
    }
    const byEmail = email === null ? undefined : leads.idForEmail(email);
    if (byEmail !== undefined) return byEmail;
    this.stats.skipped++;
    this.unknownRows++;
    this.unknownLeads.add(id || (email ?? ''));
    const [cell, value, what] = id !== '' ? [this.leadId, id, 'id'] : [this.email, email ?? '', 'email'];
    this.issue(cell, value, 'warning', 'unknown-lead', `no lead has the ${what} '${value}'; the activity is skipped`);
    return null;
  }
}
