import type { FitAttributeKey } from '../../shared/model/catalog';
import { StoreError } from './errors';

/** Where each fit attribute lives in the leads table; a Record, so none can be left out. */
export const FIT_COLUMNS: Record<FitAttributeKey, string> = {
  industry: 'industry',
  companySize: 'company_size',
  country: 'country',
  jobRole: 'job_role',
  seniority: 'seniority',
  emailDomainType: 'email_domain_type',
  accountTier: 'account_tier',
};

/** What a lead table shows for a fit attribute the lead has no value for. */
export const BLANK_VALUE = '(blank)';

/** Lead tables hold category codes in Uint16Array … */
export { MAX_CATEGORY_VALUES } from '../../shared/engine/lead-table';
/** … and event types in Uint8Array: at most 255 types, the limit the engine is built for. */
export const MAX_ACTIVITY_TYPES = 255;

/**
 * Assigns codes in order of first appearance. Refuses to grow past what the lead table's typed
 * arrays can hold, with a message naming the column, since the fix is in how the data is mapped.
 */
export class Dictionary {
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();

  constructor(
    private readonly limit: number,
    private readonly what: string,
  ) {}

  code(value: string): number {
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      if (code >= this.limit) {
        throw new StoreError(
          'store/too-many-values',
          `${this.what} has more than ${this.limit.toLocaleString('en-US')} different values, ` +
            'more than MQL Lab can analyse. When importing, map a coarser column to it (for ' +
            'example a group or category instead of a free-text field).',
        );
      }
      this.codes.set(value, code);
      this.values.push(value);
    }
    return code;
  }
}
