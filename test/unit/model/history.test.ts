import { describe, expect, it } from 'vitest';
import { amend, HISTORY_LIMIT, record, redo, startHistory, undo } from '../../../shared/model/history';
import { withThreshold } from '../../../shared/model/edit-model';
import { defaultModel } from '../../../shared/model/default-model';

const base = defaultModel();
const at = (threshold: number, scenarioId: number | null = null) => ({ model: withThreshold(base, threshold), scenarioId });

describe('undo and redo', () => {
  it('steps back and forth through recorded changes', () => {
    let h = startHistory(at(60));
    h = record(h, at(65));
    h = record(h, at(70));
    h = undo(h);
    expect(h.present.model.threshold).toBe(65);
    h = undo(h);
    expect(h.present.model.threshold).toBe(60);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present.model.threshold).toBe(65);
    h = redo(h);
    h = redo(h);
    expect(h.present.model.threshold).toBe(70);
  });

  it('drops the undone steps when a new change is made', () => {
    let h = record(record(startHistory(at(60)), at(65)), at(70));
    h = record(undo(h), at(80));
    expect(h.future).toEqual([]);
    expect(h.past.map((e) => e.model.threshold)).toEqual([60, 65]);
  });

  it('keeps the scenario of each step, so a scenario switch undoes too', () => {
    let h = startHistory(at(60, 1));
    h = record(h, at(60, 2));
    h = record(h, at(75, 2));
    h = undo(undo(h));
    expect(h.present).toMatchObject({ scenarioId: 1 });
    expect(h.present.model.threshold).toBe(60);
  });

  it('folds a gesture into one step with amend', () => {
    let h = record(startHistory(at(60)), at(61));
    h = amend(h, at(62));
    h = amend(h, at(63));
    expect(undo(h).present.model.threshold).toBe(60);
  });

  it('forgets the oldest steps beyond the limit', () => {
    let h = startHistory(at(0));
    for (let t = 1; t <= HISTORY_LIMIT + 10; t++) h = record(h, at(t % 200));
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });
});
