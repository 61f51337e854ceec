import { bandLabels, BLANK_BAND } from '../model/bands';
import { NO, YES } from '../model/catalog';
import type { ScoringModel } from '../model/scoring-model';
import { bandCodes } from './band-codes';
import type { LeadTable } from './lead-table';

export type FitColumnKind = 'category' | 'boolean' | 'bands';

/**
 * One fit attribute as the engine scores it: a code per lead and points per code. Categorical and
 * yes/no attributes use the lead table's own codes; a numeric attribute is banded by the model's
 * edges (a single band when the model has no rule for it).
 */
export interface FitColumn {
  key: string;
  label: string;
  kind: FitColumnKind;
  /** What each code stands for: the value, or for bands the blank first and then each band. */
  values: string[];
  codes: Uint16Array;
  /** Points per code under the model. */
  points: Float64Array;
  /** What the codes mean: '' for the table's own dictionary, else the band edges. Other coding, other codes. */
  coding: string;
}

/**
 * The table's fit attributes in a fixed order, the categorical ones first (in table.fit order, so
 * index a is also table.fit[a], as knock-outs expect) and then the numeric ones: the order never
 * depends on the model, so two compiled models line up column by column.
 */
export function fitColumnsOf(model: ScoringModel, table: LeadTable): FitColumn[] {
  const categorical = table.fit.map((column): FitColumn => {
    const rule = model.fit.find((r) => r.attribute === column.key);
    const yesNo = rule ? undefined : model.fitBooleans.find((r) => r.attribute === column.key);
    const pointsOf = (value: string): number => {
      if (rule) return rule.points[value] ?? rule.otherPoints;
      if (yesNo) return value === YES ? yesNo.yes : value === NO ? yesNo.no : yesNo.blank;
      return 0;
    };
    return { key: column.key, label: column.label, kind: column.kind, values: column.values, codes: column.codes, points: Float64Array.from(column.values, pointsOf), coding: '' };
  });
  const numeric = table.numeric.map((column): FitColumn => {
    const rule = model.fitBands.find((r) => r.attribute === column.key);
    const edges = rule?.edges ?? [];
    const bands = bandLabels(edges);
    return {
      key: column.key,
      label: column.label,
      kind: 'bands',
      values: [BLANK_BAND, ...bands],
      codes: bandCodes(column.values, edges),
      points: Float64Array.from([rule?.blankPoints ?? 0, ...bands.map((_, b) => rule?.points[b] ?? 0)]),
      coding: edges.join(','),
    };
  });
  return [...categorical, ...numeric];
}
