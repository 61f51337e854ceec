import { MODE_BLEND, MODE_MATRIX, type CompiledKnockout, type CompiledModel } from './compile';

/**
 * What a new model changes for the leads, found by comparing the compiled lookup tables (the
 * engine's own view of a model), so any edit the UI or a file can make is caught, and each kind
 * of change touches only the leads it can affect.
 */
export interface ModelChange {
  /** Activity types whose leads must be replayed: their points, cap, window, decay or fast-track changed. */
  walkTypes: number[];
  /**
   * Beside walkTypes: only leads with more events of the type than this are replayed. When only
   * a cap (or first-time-only) changed, a lead with no more occurrences than either cap counts
   * them all either way, so it is untouched; else 0.
   */
  walkFloors: number[];
  /** Per fit attribute: 1 for each code whose points changed; null when none did (or it was recoded). */
  changedFitCodes: (Uint8Array | null)[];
  /**
   * Every lead is refitted (and re-derived where its fit changed): the fit cap moved, or a band
   * edge did, which gives the attribute other codes, so its leads cannot be found by code.
   */
  refitAll: boolean;
  /** Leads whose top engagement exceeds this are re-derived: the engagement cap moved. Infinity when it did not. */
  engagementCapFloor: number;
  /** Per channel code, 1 when its threshold moved (threshold modes only); null when none did. */
  thresholdMoved: Uint8Array | null;
  /** Every lead is re-derived: the mode, the blend's weight or scales, grade cuts that matter, or the matrix changed. */
  deriveAll: boolean;
  /** Indexes of knock-outs switched on or off. */
  knockoutsToggled: number[];
  /** Knock-outs were added, removed or given other values: their columns and counts are rebuilt. */
  knockoutsRebuilt: boolean;
}

export function diffModels(old: CompiledModel, next: CompiledModel): ModelChange {
  const walkTypes: number[] = [];
  const walkFloors: number[] = [];
  for (let t = 0; t < next.points.length; t++) {
    const sameRule =
      old.points[t] === next.points[t] &&
      old.lifetime[t] === next.lifetime[t] &&
      old.decayKind[t] === next.decayKind[t] &&
      old.decayRate[t] === next.decayRate[t] &&
      old.fastTrackGrade[t] === next.fastTrackGrade[t];
    if (sameRule && old.cap[t] === next.cap[t] && old.firstTimeOnly[t] === next.firstTimeOnly[t]) continue;
    // First-time-only is folded into the cap (compileModel caps it at 1), and with no more
    // occurrences than either cap none is ever dropped, decaying or not.
    walkTypes.push(t);
    walkFloors.push(sameRule ? Math.min(old.cap[t], next.cap[t]) : 0);
  }

  const recoded = next.fitCoding.some((coding, a) => coding !== old.fitCoding[a]);
  const changedFitCodes = next.fitPoints.map((points, a) => {
    if (next.fitCoding[a] !== old.fitCoding[a]) return null;
    const before = old.fitPoints[a];
    let changed: Uint8Array | null = null;
    for (let code = 0; code < points.length; code++) {
      if (points[code] === before[code]) continue;
      changed ??= new Uint8Array(points.length);
      changed[code] = 1;
    }
    return changed;
  });

  const modeChanged = old.mode !== next.mode;
  const blend = next.mode === MODE_BLEND;
  const matrix = next.mode === MODE_MATRIX;
  const fastTracks = old.fastTrackGrade.some((g) => g > 0) || next.fastTrackGrade.some((g) => g > 0);
  const deriveAll =
    modeChanged ||
    (blend && (old.fitWeight !== next.fitWeight || old.fitMax !== next.fitMax || old.engagementMax !== next.engagementMax)) ||
    ((matrix || fastTracks) && !sameArray(old.gradeCuts, next.gradeCuts)) ||
    (matrix && (!sameArray(old.levelCuts, next.levelCuts) || !sameArray(old.qualifyingCell, next.qualifyingCell)));

  let thresholdMoved: Uint8Array | null = null;
  if (!matrix && !modeChanged) {
    for (let c = 0; c < next.channelThreshold.length; c++) {
      if (old.channelThreshold[c] === next.channelThreshold[c]) continue;
      thresholdMoved ??= new Uint8Array(next.channelThreshold.length);
      thresholdMoved[c] = 1;
    }
  }

  const knockoutsRebuilt =
    old.knockouts.length !== next.knockouts.length || old.knockouts.some((k, i) => !sameKnockout(k, next.knockouts[i]));
  const knockoutsToggled = knockoutsRebuilt
    ? []
    : next.knockouts.flatMap((k, i) => (k.enabled !== old.knockouts[i].enabled ? [i] : []));

  return {
    walkTypes,
    walkFloors,
    changedFitCodes,
    refitAll: recoded || old.fitCap !== next.fitCap,
    engagementCapFloor: old.engagementCap === next.engagementCap ? Infinity : Math.min(old.engagementCap, next.engagementCap),
    thresholdMoved,
    deriveAll,
    knockoutsToggled,
    knockoutsRebuilt,
  };
}

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameKnockout(a: CompiledKnockout, b: CompiledKnockout): boolean {
  return a.id === b.id && a.attribute === b.attribute && sameArray(a.codes, b.codes);
}
