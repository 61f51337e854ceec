import { FIT_ATTRIBUTES } from '../model/catalog';

/** What an imported file holds; outcomes-only files are joined to leads by lead id or email. */
export type ImportKind = 'leads' | 'activities' | 'outcomes';

export const IMPORT_KINDS: readonly ImportKind[] = ['leads', 'activities', 'outcomes'];

export type FieldType = 'text' | 'date' | 'number' | 'boolean' | 'category' | 'lifecycle';

export interface FieldSpec {
  key: string;
  label: string;
  type: FieldType;
  /** The file cannot be imported without a column for this field. */
  required: boolean;
  /**
   * Fields that identify a lead in activities and outcomes files: at least one of them (lead id
   * or email) must be mapped, either will do.
   */
  identity?: boolean;
  /** Shown under the field in the mapping screen. */
  hint?: string;
}

/** Field keys; the mapping of a file is keyed by these. */
export type FieldMapping = Record<string, number | null>;

const OUTCOME_FIELDS: readonly FieldSpec[] = [
  {
    key: 'lifecycleStage',
    label: 'Lifecycle stage / status',
    type: 'lifecycle',
    required: false,
    hint: 'Fills MQL, SQL, worked and won when their own columns are missing.',
  },
  {
    key: 'converted',
    label: 'Converted (yes/no)',
    type: 'boolean',
    required: false,
    hint: 'A converted lead counts as an SQL, as in Salesforce.',
  },
  { key: 'mqlAt', label: 'Became MQL date', type: 'date', required: false },
  { key: 'workedAt', label: 'First sales touch date', type: 'date', required: false },
  { key: 'sqlAt', label: 'Became SQL date', type: 'date', required: false },
  { key: 'opportunityAt', label: 'Opportunity date', type: 'date', required: false },
  { key: 'won', label: 'Closed won (yes/no)', type: 'boolean', required: false },
  { key: 'dealValue', label: 'Deal value', type: 'number', required: false },
];

export const LEAD_FIELDS: readonly FieldSpec[] = [
  { key: 'externalId', label: 'Lead ID', type: 'text', required: true },
  { key: 'email', label: 'Email', type: 'text', required: false },
  { key: 'company', label: 'Company', type: 'text', required: false },
  { key: 'createdAt', label: 'Created date', type: 'date', required: true },
  { key: 'channel', label: 'Channel / source', type: 'category', required: false },
  { key: 'campaign', label: 'Campaign', type: 'category', required: false },
  ...FIT_ATTRIBUTES.map(
    (a): FieldSpec => ({
      key: a.key,
      label: a.label,
      type: 'category',
      required: false,
      hint:
        a.key === 'companySize'
          ? 'A number of employees is grouped into size bands (1-10, 11-50, …).'
          : a.key === 'emailDomainType'
            ? 'Without this column it is worked out from the email address.'
            : undefined,
    }),
  ),
  ...OUTCOME_FIELDS,
];

export const ACTIVITY_FIELDS: readonly FieldSpec[] = [
  { key: 'leadId', label: 'Lead ID', type: 'text', required: false, identity: true },
  { key: 'email', label: 'Email', type: 'text', required: false, identity: true },
  { key: 'type', label: 'Activity type', type: 'category', required: true },
  { key: 'timestamp', label: 'Date and time', type: 'date', required: true },
];

export const OUTCOME_FILE_FIELDS: readonly FieldSpec[] = [
  { key: 'leadId', label: 'Lead ID', type: 'text', required: false, identity: true },
  { key: 'email', label: 'Email', type: 'text', required: false, identity: true },
  ...OUTCOME_FIELDS,
];

export function fieldsFor(kind: ImportKind): readonly FieldSpec[] {
  return kind === 'leads' ? LEAD_FIELDS : kind === 'activities' ? ACTIVITY_FIELDS : OUTCOME_FILE_FIELDS;
}

export function fieldSpec(kind: ImportKind, key: string): FieldSpec | undefined {
  return fieldsFor(kind).find((f) => f.key === key);
}

/**
 * Labels of what a mapping still lacks before rows can be read: each required field, and
 * "Lead ID or Email" when a file that must be joined to leads has neither.
 */
export function missingFields(mapping: FieldMapping, kind: ImportKind): string[] {
  const fields = fieldsFor(kind);
  const missing = fields.filter((f) => f.required && mapping[f.key] == null).map((f) => f.label);
  const identity = fields.filter((f) => f.identity);
  if (identity.length > 0 && identity.every((f) => mapping[f.key] == null)) {
    missing.unshift(identity.map((f) => f.label).join(' or '));
  }
  return missing;
}
