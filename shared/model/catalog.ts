/**
 * The fit attributes and activity types MQL Lab knows by name. Lead tables carry their own
 * dictionaries of values, so imported data may add values and activity types; these lists give
 * the stable keys, labels and display order.
 */
export interface FitAttributeInfo {
  key: string;
  label: string;
}

export const FIT_ATTRIBUTES = [
  { key: 'industry', label: 'Industry' },
  { key: 'companySize', label: 'Company size' },
  { key: 'country', label: 'Country' },
  { key: 'jobRole', label: 'Job role' },
  { key: 'seniority', label: 'Seniority' },
  { key: 'emailDomainType', label: 'Email domain' },
  { key: 'accountTier', label: 'Account tier' },
] as const satisfies readonly FitAttributeInfo[];

export type FitAttributeKey = (typeof FIT_ATTRIBUTES)[number]['key'];

export interface ActivityTypeInfo {
  key: string;
  label: string;
}

export const ACTIVITY_TYPES = [
  { key: 'email_open', label: 'Email open' },
  { key: 'email_click', label: 'Email CTA click' },
  { key: 'web_visit', label: 'Website visit' },
  { key: 'pricing_page', label: 'Pricing-page visit' },
  { key: 'content_download', label: 'Content download' },
  { key: 'webinar_registration', label: 'Webinar registration' },
  { key: 'webinar_attended', label: 'Webinar attended' },
  { key: 'demo_request', label: 'Demo request' },
] as const satisfies readonly ActivityTypeInfo[];

export function activityLabel(key: string): string {
  return ACTIVITY_TYPES.find((t) => t.key === key)?.label ?? key;
}

/**
 * Keys of attributes kept from a dataset's own columns start with this, so they never collide
 * with the catalogue's keys (a kept column named "Industry" is not the industry attribute).
 */
export const EXTRA_KEY_PREFIX = 'extra:';

/** What a yes/no attribute's column holds besides the blank value, in lead tables and rules' words. */
export const YES = 'Yes';
export const NO = 'No';

/** What a dataset calls its extra attributes, by key: the column headers they came from. */
export type AttributeLabels = Readonly<Record<string, string>>;

/**
 * An attribute's name for people: the dataset's own label for an extra attribute, else the
 * catalogue's. A model opened without its dataset still reads: an extra's key without its prefix.
 */
export function fitAttributeLabel(key: string, labels: AttributeLabels = {}): string {
  const own = labels[key];
  if (own !== undefined) return own;
  const known = FIT_ATTRIBUTES.find((a) => a.key === key);
  if (known) return known.label;
  return key.startsWith(EXTRA_KEY_PREFIX) ? key.slice(EXTRA_KEY_PREFIX.length) : key;
}
