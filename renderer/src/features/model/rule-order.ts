import { ACTIVITY_TYPES, FIT_ATTRIBUTES } from '../../../../shared/model/catalog';
import type { Vocabulary } from '../../../../shared/engine/vocabulary';
import type { ScoringModel } from '../../../../shared/model/scoring-model';

/**
 * Display order for the rule editor: known attributes and activity types in catalogue order (a
 * dataset's own attributes after them, in its order), values in the order the model lists them
 * (the order its author chose), then any others by name.
 */
export function orderedFitAttributes(vocabulary: Vocabulary, fit: ScoringModel['fit']) {
  const rank = (key: string) => {
    const i = FIT_ATTRIBUTES.findIndex((a) => a.key === key);
    return i < 0 ? FIT_ATTRIBUTES.length : i;
  };
  return [...vocabulary.fit]
    .sort((a, b) => rank(a.key) - rank(b.key))
    .map((attribute) => {
      const listed = Object.keys(fit.find((r) => r.attribute === attribute.key)?.points ?? {});
      const position = (value: string) => {
        const i = listed.indexOf(value);
        return i < 0 ? listed.length : i;
      };
      const values = [...attribute.values].sort(
        (a, b) => position(a.value) - position(b.value) || a.value.localeCompare(b.value),
      );
      return { key: attribute.key, label: attribute.label, kind: attribute.kind, values };
    });
}

export function orderedActivities(vocabulary: Vocabulary) {
  const rank = (type: string) => {
    const i = ACTIVITY_TYPES.findIndex((t) => t.key === type);
    return i < 0 ? ACTIVITY_TYPES.length : i;
  };
  return [...vocabulary.activities].sort((a, b) => rank(a.type) - rank(b.type) || a.type.localeCompare(b.type));
}
