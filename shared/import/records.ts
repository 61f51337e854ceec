import type { FitAttributeKey } from '../model/catalog';
import type { LifecycleStage } from './lifecycle';

/**
 * What an import produces, and what the store (electron/store/datasets.ts) takes as it is.
 */
export interface LeadRecord {
  externalId: string;
  email: string | null;
  company: string | null;
  createdAt: number;
  channel: string;
  campaign: string;
  fit: Partial<Record<FitAttributeKey, string | null>>;
  mqlAt: number | null;
  workedAt: number | null;
  sqlAt: number | null;
  opportunityAt: number | null;
  won: boolean;
  dealValue: number | null;
  /**
   * Values of the columns kept as extra attributes, in the dataset's order: text for categorical,
   * a number for numeric, true or false for yes/no, null for a blank cell. Absent when none are kept.
   */
  extra?: ExtraValue[];
}

export type ExtraValue = string | number | boolean | null;

export interface ActivityRecord {
  leadExternalId: string;
  type: string;
  occurredAt: number;
}

/**
 * One row of an outcomes-only file, before it is joined to its lead. Unknown values stay null so
 * that joining never overwrites what the leads file already says with a blank.
 */
export interface OutcomeRecord {
  leadExternalId: string | null;
  /** Lower-cased, as leads are matched by email case-insensitively. */
  email: string | null;
  mqlAt: number | null;
  workedAt: number | null;
  sqlAt: number | null;
  opportunityAt: number | null;
  won: boolean | null;
  dealValue: number | null;
  stage: LifecycleStage | null;
  /** The status said sales had worked the lead (e.g. "Working - Contacted"). */
  worked: boolean;
  converted: boolean | null;
  /** Spreadsheet row the outcome came from, for messages about outcomes that match no lead. */
  row: number;
}

/**
 * Channel and campaign are required text in the store; a lead without one gets this value, the
 * same text the store shows for a blank fit attribute, so blanks look alike everywhere.
 */
export const BLANK_TEXT = '(blank)';
