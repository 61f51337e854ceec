import { FIT_ATTRIBUTES, type FitAttributeKey } from '../model/catalog';
import { categoryValue, companySizeValue, ValueCache } from './category-values';
import { emailDomainType, normaliseEmail } from './email';
import { extraAttributes, type ExtraColumn, type ExtraKind } from './extra-attributes';
import { MAX_CATEGORY_VALUES } from '../engine/lead-table';
import { FunnelFill } from './funnel';
import { parseLifecycle, type LifecycleValue } from './lifecycle';
import type { OutcomeIndex } from './outcome-index';
import type { CrmId } from './presets';
import { fileProblem, ProblemLog } from './problems';
import { BLANK_TEXT, type ExtraValue, type LeadRecord } from './records';
import { RowReader, type Cell, type RowReaderOptions } from './row-reader';
import { StringIndex } from './string-index';
import { formatCount, ownCopy } from './text';
import { ValueLimit } from './value-limit';

export interface LeadValidatorOptions extends Omit<RowReaderOptions, 'log'> {
  /** Shared across the files of one import, so the summary counts them all; a new log otherwise. */
  log?: ProblemLog;
  /** Lifecycle values can mean different things per CRM ("open" in Pipedrive is an open deal). */
  crm?: CrmId | null;
  /** Outcomes from a separate file, joined to each lead by id, else by email. */
  outcomes?: OutcomeIndex;
  /** Columns kept as extra attributes; each lead's `extra` holds their values in this order. */
  extras?: readonly ExtraColumn[];
}

/** Finds leads for activities and outcomes files imported with a leads file. */
export interface LeadDirectory {
  hasId(id: string): boolean;
  /** The lead id of an email address (lower case), if a lead has it. */
  idForEmail(email: string): string | undefined;
}

interface FitCell {
  key: FitAttributeKey;
  cell: Cell;
  values: ValueCache;
}

interface ExtraCell {
  cell: Cell;
  kind: ExtraKind;
  /** Categorical columns only: the lead table codes their values in 16 bits. */
  limit: ValueLimit | null;
}

/** A kept categorical column may have this many different values; its blank cells take one more code. */
const MAX_EXTRA_VALUES = MAX_CATEGORY_VALUES - 1;

/**
 * Checks lead rows one at a time and turns the good ones into LeadRecords, so a file of a million
 * rows streams through without being held whole. Call accept() for each data row, then finish().
 *
 * Duplicates: the first valid row of a lead id wins; later rows with that id are skipped with a
 * warning. Two leads with different ids and the same email are both kept, with a warning, since
 * CRMs do hold such pairs (a person re-entering through another form) and either may be the one
 * sales worked.
 */
export class LeadRowValidator extends RowReader implements LeadDirectory {
  private readonly crm: CrmId | null;
  private readonly outcomes: OutcomeIndex | null;
  private readonly funnel = new FunnelFill();
  /** Lead id → spreadsheet row of the lead. */
  private readonly ids = new StringIndex();
  /** Email → entry number of its first lead in `ids`. */
  private readonly emails = new StringIndex();
  private readonly c: Record<
    | 'externalId' | 'email' | 'company' | 'createdAt' | 'channel' | 'campaign' | 'lifecycleStage'
    | 'converted' | 'mqlAt' | 'workedAt' | 'sqlAt' | 'opportunityAt' | 'won' | 'dealValue',
    Cell
  >;
  private readonly fitCells: FitCell[];
  private readonly deriveDomainType: boolean;
  private readonly channels = new ValueCache(categoryValue);
  private readonly campaigns = new ValueCache(categoryValue);
  private readonly stages: ValueCache<LifecycleValue | null>;
  private readonly extraCells: ExtraCell[];
  private overLimit = 0;

  constructor(options: LeadValidatorOptions) {
    super({ ...options, log: options.log ?? new ProblemLog() });
    this.crm = options.crm ?? null;
    this.outcomes = options.outcomes ?? null;
    const crm = this.crm;
    this.stages = new ValueCache((value) => parseLifecycle(value, crm));
    const cell = (field: string) => this.cell(field);
    this.c = {
      externalId: cell('externalId'),
      email: cell('email'),
      company: cell('company'),
      createdAt: cell('createdAt'),
      channel: cell('channel'),
      campaign: cell('campaign'),
      lifecycleStage: cell('lifecycleStage'),
      converted: cell('converted'),
      mqlAt: cell('mqlAt'),
      workedAt: cell('workedAt'),
      sqlAt: cell('sqlAt'),
      opportunityAt: cell('opportunityAt'),
      won: cell('won'),
      dealValue: cell('dealValue'),
    };
    this.fitCells = FIT_ATTRIBUTES.map(({ key }) => ({
      key,
      cell: cell(key),
      values: new ValueCache(key === 'companySize' ? companySizeValue : categoryValue),
    })).filter((f) => f.cell.index >= 0);
    this.deriveDomainType = this.c.email.index >= 0 && !this.fitCells.some((f) => f.key === 'emailDomainType');
    const extras = options.extras ?? [];
    const attributes = extraAttributes(this.header, extras);
    this.extraCells = extras.map(({ column, kind }, i): ExtraCell => {
      const label = attributes[i].label;
      const onOver = () => {
        this.overLimit++;
        this.log.add(
          fileProblem(
            this.file,
            'error',
            'too-many-values',
            `Column '${label}' has more than ${formatCount(MAX_EXTRA_VALUES)} different values, more than MQL Lab can score as categories. ` +
              'Keep it as numeric if it holds numbers, or do not keep it.',
            label,
          ),
        );
      };
      return { cell: { index: column, column: label, format: 'iso' }, kind, limit: kind === 'categorical' ? new ValueLimit(MAX_EXTRA_VALUES, onOver) : null };
    });
  }

  /** Kept columns with too many different values to score: any one means the file cannot be imported as it is. */
  get columnErrors(): number {
    return this.overLimit;
  }

  get problems(): ProblemLog {
    return this.log;
  }

  hasId(id: string): boolean {
    return this.ids.has(id);
  }

  idForEmail(email: string): string | undefined {
    const entry = this.emails.find(email);
    return entry < 0 ? undefined : this.ids.keyAt(this.emails.valueAt(entry));
  }

  /** The lead of a data row (row 2 is the first under the header), or null when it is rejected, blank or a repeated id. */
  accept(cells: readonly string[], row: number): LeadRecord | null {
    if (!this.begin(cells, row)) return null;
    const c = this.c;
    const externalId = ownCopy(this.text(c.externalId));
    if (externalId === '') this.missing(c.externalId, 'lead needs an id');
    const createdAt = this.date(c.createdAt);
    if (createdAt === null && this.text(c.createdAt) === '') this.missing(c.createdAt, 'lead needs its created date');
    const email = this.email();
    const stage = this.stage();
    const converted = this.boolean(c.converted);
    const mqlAt = this.date(c.mqlAt);
    const workedAt = this.date(c.workedAt);
    const sqlAt = this.date(c.sqlAt);
    const opportunityAt = this.date(c.opportunityAt);
    const won = this.boolean(c.won);
    const dealValue = this.number(c.dealValue);
    const extra = this.extraValues();
    if (!this.end() || createdAt === null) return null;

    const lead = this.ids.size;
    const first = this.ids.add(externalId, row);
    if (first >= 0) {
      this.stats.skipped++;
      this.issue(
        c.externalId,
        externalId,
        'warning',
        'duplicate-id',
        `lead id '${externalId}' already appeared on row ${formatCount(this.ids.valueAt(first))}; the first row is kept and this one is skipped`,
      );
      return null;
    }
    const other = email === null ? -1 : this.emails.add(email, lead);
    if (other >= 0) {
      const otherLead = this.emails.valueAt(other);
      this.issue(
        c.email,
        email ?? '',
        'warning',
        'duplicate-email',
        `'${email}' is also the email of lead '${this.ids.keyAt(otherLead)}' (row ${formatCount(this.ids.valueAt(otherLead))}); both leads are kept`,
        'If they are the same person, merge them in the CRM or remove one row.',
      );
    }

    const channel = this.text(c.channel);
    const campaign = this.text(c.campaign);
    const record: LeadRecord = {
      externalId,
      email,
      company: this.text(c.company) || null,
      createdAt,
      channel: channel === '' ? BLANK_TEXT : this.channels.get(channel),
      campaign: campaign === '' ? BLANK_TEXT : this.campaigns.get(campaign),
      fit: this.fit(email),
      mqlAt,
      workedAt,
      sqlAt,
      opportunityAt,
      won: won === true,
      dealValue,
    };
    // Set afterwards rather than spread into the literal: a spread costs ~60 ns a row.
    if (extra) record.extra = extra;
    const signals = { stage, converted, wonKnown: won !== null };
    const outcome = this.outcomes?.take(externalId, email);
    if (outcome) this.outcomes?.merge(record, signals, outcome);
    this.funnel.apply(record, signals);
    this.stats.accepted++;
    return record;
  }

  /** Adds the file's summary warnings (inferred outcomes) to the log; call once after the last row. */
  finish(): void {
    const stage = this.c.lifecycleStage;
    for (const problem of this.funnel.problems(this.file, stage.index < 0 ? null : stage.column)) this.log.add(problem);
  }

  /** The kept columns' values, each read as its kind with the same problems as a field of that type. */
  private extraValues(): ExtraValue[] | undefined {
    if (this.extraCells.length === 0) return undefined;
    return this.extraCells.map(({ cell, kind, limit }) => {
      if (kind === 'numeric') return this.number(cell);
      if (kind === 'boolean') return this.boolean(cell);
      const value = this.text(cell);
      if (value === '') return null;
      limit?.see(value);
      return value;
    });
  }

  private email(): string | null {
    const value = this.text(this.c.email);
    if (value === '') return null;
    const email = normaliseEmail(value);
    if (email === null) {
      this.issue(this.c.email, value, 'warning', 'bad-email', `'${value}' is not an email address; the lead is kept without one`);
    }
    return email;
  }

  private stage(): LifecycleValue | null {
    const value = this.text(this.c.lifecycleStage);
    if (value === '') return null;
    const stage = this.stages.get(value);
    if (stage === null) {
      this.issue(
        this.c.lifecycleStage,
        value,
        'warning',
        'unknown-stage',
        `'${value}' is not a lifecycle stage or status MQL Lab knows; the lead is kept, with outcomes from its date columns only`,
        'Known values include Lead, MQL, SQL, Opportunity, Customer, Working - Contacted, Closed - Converted and Closed - Not Converted.',
      );
    }
    return stage;
  }

  private fit(email: string | null): LeadRecord['fit'] {
    const fit: LeadRecord['fit'] = {};
    for (const { key, cell, values } of this.fitCells) {
      const value = this.text(cell);
      fit[key] = value === '' ? null : values.get(value);
    }
    if (this.deriveDomainType) fit.emailDomainType = email === null ? null : emailDomainType(email);
    return fit;
  }
}
