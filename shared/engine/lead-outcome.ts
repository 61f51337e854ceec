import { gradeOf, levelOf, MODE_BLEND, MODE_MATRIX, type CompiledModel } from './compile';
import type { EngagementProfile } from './engagement-profile';
import type { KpiTally } from './kpi-tally';
import type { LeadIndex } from './lead-index';
import type { LeadTable } from './lead-table';
import type { LeadScores } from './score';

/**
 * Turns a lead's engagement profile and fit into its LeadScores row under one model, without
 * replaying its activity. The replay's answers follow from the profile because the combined
 * score never falls as engagement rises (fit + e, or the blend with clamped shares):
 * - the best score is the combined score of the highest engagement, capped;
 * - the best moment is the first to reach that score, which is where `top` was set unless the
 *   record before it already scored as much (a tie, looked up by scanning);
 * - the MQL moment is the first moment that fast-tracks or qualifies, and a scan is only needed
 *   when the best score reaches the threshold or a fast-track could fire.
 */
export class OutcomeDeriver {
  private readonly matrix: boolean;
  /** Per fit grade: whether any matrix cell of its row qualifies. */
  private readonly rowQualifies: Uint8Array;
  private readonly enabledKnockouts: Uint8Array[];
  /** Set by firstMoment: whether the moment it found was a fast-track. */
  private viaFastTrack = 0;

  constructor(
    private readonly table: LeadTable,
    private readonly index: LeadIndex,
    private readonly profile: EngagementProfile,
    private readonly model: CompiledModel,
    private readonly scores: LeadScores,
    private readonly tally: KpiTally,
    private readonly knockouts: Uint8Array[],
  ) {
    this.matrix = model.mode === MODE_MATRIX;
    this.rowQualifies = Uint8Array.from({ length: 4 }, (_, grade) =>
      model.qualifyingCell.subarray(grade * 4, grade * 4 + 4).some((cell) => cell === 1) ? 1 : 0,
    );
    this.enabledKnockouts = knockouts.filter((_, k) => model.knockouts[k].enabled);
  }

  /** The score a threshold is compared with: LeadWalker's formula, operation for operation. */
  combined(fit: number, engagement: number): number {
    const model = this.model;
    if (model.mode !== MODE_BLEND) return fit + engagement;
    const fitShare = Math.min(1, Math.max(0, fit / model.fitMax));
    const engagementShare = Math.min(1, Math.max(0, engagement / model.engagementMax));
    return 100 * (model.fitWeight * fitShare + (1 - model.fitWeight) * engagementShare);
  }

  /** Rewrites the lead's row from scores.fit and its profile; with `track`, moves its KPI contribution too. */
  derive(lead: number, track: boolean): void {
    const { model, scores, profile } = this;
    const fit = scores.fit[lead];
    const grade = gradeOf(fit, model.gradeCuts);
    const cap = model.engagementCap;
    const start = this.combined(fit, 0);
    const topEngagement = Math.min(profile.top[lead], cap);
    const best = this.combined(fit, topEngagement);
    let score = start;
    let engagement = 0;
    if (best > start) {
      score = best;
      const tied = this.combined(fit, Math.min(profile.belowTop[lead], cap)) >= best;
      engagement = tied ? this.firstReaching(lead, fit, best) : topEngagement;
    }

    let mqlAt = NaN;
    let fastTracked = 0;
    const mayFastTrack = profile.maxFastTrack[lead] > grade;
    let threshold = 0;
    let startQualifies: boolean;
    let mayQualify: boolean;
    if (this.matrix) {
      startQualifies = model.qualifyingCell[grade * 4 + levelOf(0, model.levelCuts) - 1] === 1;
      mayQualify = this.rowQualifies[grade] === 1;
    } else {
      threshold = model.channelThreshold[this.table.channel.codes[lead]];
      startQualifies = start >= threshold;
      mayQualify = score >= threshold;
    }
    if (startQualifies) mqlAt = this.table.createdAt[lead];
    else if (mayQualify || mayFastTrack) {
      const moment = this.firstMoment(lead, fit, grade, threshold);
      if (moment >= 0) {
        mqlAt = this.table.eventTime[moment];
        fastTracked = this.viaFastTrack;
      }
    }

    let knockedOut = 0;
    for (let k = 0; k < this.enabledKnockouts.length; k++) knockedOut |= this.enabledKnockouts[k][lead];
    const hasMoment = !Number.isNaN(mqlAt);
    const mql = !knockedOut && hasMoment ? 1 : 0;
    if (knockedOut) fastTracked = 0;

    if (track) {
      const tally = this.tally;
      const oldMql = scores.mql[lead];
      if (oldMql !== mql) tally.moveMql(this.index.outcome[lead], mql - oldMql);
      tally.fastTracked += fastTracked - scores.fastTracked[lead];
      if (Number.isNaN(scores.mqlAt[lead]) === hasMoment) tally.moveMoment(lead, hasMoment ? 1 : -1, this.knockouts);
    }
    scores.engagement[lead] = engagement;
    scores.score[lead] = score;
    scores.mqlAt[lead] = mqlAt;
    scores.mql[lead] = mql;
    scores.knockedOut[lead] = knockedOut;
    scores.fastTracked[lead] = fastTracked;
  }

  /** Capped engagement at the first moment whose combined score reaches `target` (the tie case). */
  private firstReaching(lead: number, fit: number, target: number): number {
    const engagementAt = this.profile.eventEngagement;
    const cap = this.model.engagementCap;
    for (let e = this.table.eventOffsets[lead]; e < this.index.cutEnd[lead]; e++) {
      const value = engagementAt[e];
      if (Number.isNaN(value)) continue;
      const capped = Math.min(value, cap);
      if (this.combined(fit, capped) >= target) return capped;
    }
    return Math.min(this.profile.top[lead], cap);
  }

  /** Index of the first event at which the lead fast-tracks or meets the rule; -1 when none does. */
  private firstMoment(lead: number, fit: number, grade: number, threshold: number): number {
    const { model, table } = this;
    const engagementAt = this.profile.eventEngagement;
    const cap = model.engagementCap;
    for (let e = table.eventOffsets[lead]; e < this.index.cutEnd[lead]; e++) {
      const value = engagementAt[e];
      if (Number.isNaN(value)) continue;
      if (model.fastTrackGrade[table.eventType[e]] > grade) {
        this.viaFastTrack = 1;
        return e;
      }
      const capped = Math.min(value, cap);
      const qualifies = this.matrix
        ? model.qualifyingCell[grade * 4 + levelOf(capped, model.levelCuts) - 1] === 1
        : this.combined(fit, capped) >= threshold;
      if (qualifies) {
        this.viaFastTrack = 0;
        return e;
      }
    }
    return -1;
  }
}
