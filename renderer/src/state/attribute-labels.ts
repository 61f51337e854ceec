import { useMemo } from 'react';
import type { AttributeLabels } from '../../../shared/model/catalog';
import { useLab } from './lab-store';

/** The open dataset's names for its extra attributes (its column headers), for every text that names a rule. */
export function useAttributeLabels(): AttributeLabels {
  const attributes = useLab((s) => s.dataset?.attributes);
  return useMemo(() => Object.fromEntries((attributes ?? []).map((a) => [a.key, a.label])), [attributes]);
}
