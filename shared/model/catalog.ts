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

export function fitAttributeLabel(key: string): string {
  return FIT_ATTRIBUTES.find((a) => a.key === key)?.label ?? key;
}
