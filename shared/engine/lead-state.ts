/**
 * What the incremental session keeps per lead between ticks, interleaved (array of structs) so
 * that touching one lead reads one or two cache lines rather than one line in each of a dozen
 * columns: at a million leads a tick's cost is mostly memory traffic, not arithmetic.
 */
export interface LeadState {
  /**
   * Each lead's record ladder: the moments at which its engagement rose above everything before
   * (and above 0), in time order, as pairs (uncapped engagement, event time) in the slots of the
   * lead's own events (LADDER_START and LADDER_END bound them). The combined score
   * never falls as engagement rises, so the first moment reaching any threshold is on this
   * ladder: a moved threshold is answered from a few records, not from the lead's events. The
   * time sits beside the value, and the ladder's bounds in the lead's line, so that answer costs
   * one memory access after the line, not three.
   */
  ladder: Float64Array;
  /** VALUE_SLOTS numbers per lead (see the slot names below); the last holds the lead's bytes. */
  values: Float64Array;
  /** The same memory as `values`, by byte: BYTE_SLOTS per lead, the named slots in the lead's last eight. */
  bytes: Uint8Array;
  /** The same memory by 16-bit word: the lead's channel code at lead * 32 + CHANNEL_WORD. */
  words: Uint16Array;
  /**
   * Two numbers per lead, low and high: with the lead's fit and the model unchanged, every
   * threshold T with low < T ≤ high keeps its MQL moment. Apart, so a threshold drag streams
   * 16 bytes per lead.
   */
  window: Float64Array;
}

export const VALUE_SLOTS = 8;
/** Fit points after the fit cap (as LeadScores.fit). */
export const FIT = 0;
/** Where the lead's record ladder starts and ends, as indexes into `ladder` (pairs, so even). */
export const LADDER_START = 1;
export const LADDER_END = 6;
/** Highest engagement (uncapped) at any moment, at least 0. */
export const TOP = 2;
/** The running record before TOP was set (0 when TOP was the first): the tie check of the best moment. */
export const BELOW_TOP = 3;
/** Highest uncapped engagement at the moments before the MQL moment; -Infinity when none. */
export const BEFORE = 4;
/** Uncapped engagement at the crossing moment. */
export const AT = 5;

/*
 * The bytes share the lead's 64-byte line with its numbers: a lead touched at random (a threshold
 * drag touches a few percent of them, scattered) then costs one memory access for all of it.
 */
export const BYTE_SLOTS = VALUE_SLOTS * 8;
/** Kind of MQL moment (MOMENT_* in lead-outcome.ts). */
export const KIND = 56;
/** Fit grade the moment was found with: a better grade may let a fast-track fire earlier. */
export const GRADE = 57;
/** Highest fast-track grade (1 + grade index) among the lead's moments; 0 when none fast-tracks. */
export const MAX_FAST_TRACK = 58;
/* Byte 59 is free. */
/** LeadIndex.outcome bits. */
export const OUTCOME = 60;
/** FLAG_* bits below: the lead's current KPI contribution, so a tick need not read LeadScores back. */
export const FLAGS = 61;
/** Bytes 62–63: the channel code, as 16-bit word 31 of the lead's 32. */
export const WORD_SLOTS = VALUE_SLOTS * 4;
export const CHANNEL_WORD = 31;

export const FLAG_MQL = 1;
export const FLAG_FAST_TRACKED = 2;
export const FLAG_HAS_MOMENT = 4;
export const FLAG_KNOCKED_OUT = 8;
/** Matches some knock-out, switched on or not: only such leads move knock-out removal counts. */
export const FLAG_MATCHES_KNOCKOUT = 16;

export function allocateLeadState(n: number, events: number, outcome: Uint8Array, channel: Uint16Array): LeadState {
  const values = new Float64Array(n * VALUE_SLOTS);
  const bytes = new Uint8Array(values.buffer);
  const words = new Uint16Array(values.buffer);
  for (let lead = 0; lead < n; lead++) {
    bytes[lead * BYTE_SLOTS + OUTCOME] = outcome[lead];
    words[lead * WORD_SLOTS + CHANNEL_WORD] = channel[lead];
  }
  return { ladder: new Float64Array(events * 2), values, bytes, words, window: new Float64Array(n * 2).fill(NaN) };
}
