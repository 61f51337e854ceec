import { ACTIVITY_TYPES } from '../model/catalog';
import { foldKey } from './text';

/**
 * Size bands of the sample vocabulary (SAMPLE_VALUES.companySize), so that a column of employee
 * counts scores with the default model's company-size points.
 */
const SIZE_BANDS: readonly [number, string][] = [
  [10, '1-10'],
  [50, '11-50'],
  [200, '51-200'],
  [1000, '201-1000'],
  [5000, '1001-5000'],
  [Number.POSITIVE_INFINITY, '5000+'],
];

const COUNT = /^\d{1,3}(?:[,.' \u00a0]\d{3})+$|^\d+$/;
const RANGE = /^(\d[\d,.' \u00a0]*?)\s*[-–—]\s*(\d[\d,.' \u00a0]*)$/;
const OPEN_RANGE = /^(\d[\d,.' \u00a0]*?)\s*\+$/;
const digits = (s: string): string => s.replace(/\D/g, '');

/**
 * A company size as the lead table should hold it: an employee count becomes its band ("150" →
 * "51-200"), a band is tidied ("1,001 - 5,000" → "1001-5000"), anything else is kept as written.
 */
export function companySizeValue(cell: string): string {
  if (COUNT.test(cell)) {
    const n = Number(digits(cell));
    if (n > 0) return (SIZE_BANDS.find(([max]) => n <= max) as [number, string])[1];
  }
  const range = RANGE.exec(cell);
  if (range) return `${digits(range[1])}-${digits(range[2])}`;
  const open = OPEN_RANGE.exec(cell);
  return open ? `${digits(open[1])}+` : cell;
}

/**
 * HubSpot writes some picklists with their internal names (ORGANIC_SEARCH); those are shown as
 * their labels would be ("Organic Search") so the same source reads alike in every file.
 */
export function categoryValue(cell: string): string {
  if (!/^[A-Z0-9]+(?:_[A-Z0-9]+)+$/.test(cell)) return cell;
  return cell
    .split('_')
    .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
    .join(' ');
}

const ACTIVITY_SYNONYMS: Record<string, readonly string[]> = {
  email_open: ['email opened', 'open email', 'opened email', 'email opens'],
  email_click: ['email clicked', 'click email', 'clicked email', 'click link in email', 'clicked link in email', 'email click'],
  web_visit: ['web visit', 'visit webpage', 'visit web page', 'page view', 'pageview', 'site visit', 'visited website'],
  pricing_page: ['pricing page', 'pricing page view', 'viewed pricing page', 'visited pricing page'],
  content_download: ['download', 'downloaded content', 'ebook download', 'whitepaper download', 'asset download'],
  webinar_registration: ['registered for webinar', 'webinar registered', 'webinar signup', 'webinar sign up'],
  webinar_attended: ['attended webinar', 'webinar attendance', 'attended live webinar'],
  demo_request: ['requested demo', 'demo requested', 'request demo', 'request a demo', 'book a demo', 'demo booked'],
};

const compact = (s: string): string => foldKey(s).replace(/ /g, '');

const ACTIVITY_KEYS = new Map<string, string>();
for (const { key, label } of ACTIVITY_TYPES) {
  for (const name of [key, label, ...(ACTIVITY_SYNONYMS[key] ?? [])]) ACTIVITY_KEYS.set(compact(name), key);
}

/**
 * The catalogue key when an activity type names a known one ("Email Opened", "Visit Webpage"),
 * so the default model's engagement rules apply; other types are kept as written and become new
 * types of the dataset.
 */
export function activityTypeValue(cell: string): string {
  return ACTIVITY_KEYS.get(compact(cell)) ?? cell;
}

/**
 * Remembers what a cleaning function made of each value. Category columns repeat a handful of
 * values over millions of rows, so the regexes and accent folding run once per value; past the
 * limit (a free-text column) values are cleaned without being remembered.
 */
export class ValueCache<T = string> {
  private readonly seen = new Map<string, T>();

  constructor(
    private readonly clean: (value: string) => T,
    private readonly limit = 4096,
  ) {}

  get(value: string): T {
    const known = this.seen.get(value);
    if (known !== undefined || this.seen.has(value)) return known as T;
    const out = this.clean(value);
    if (this.seen.size < this.limit) this.seen.set(value, out);
    return out;
  }
}
