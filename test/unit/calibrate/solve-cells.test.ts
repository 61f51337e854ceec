import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allStaircases, cellFigures, cellOutcomes, describeCells, solveCells, staircaseCells, staircasePoint, type CellOutcomes } from '../../../shared/calibrate/solve-cells';
import type { ThresholdGoals } from '../../../shared/calibrate/solve-threshold';
import { compileModel } from '../../../shared/engine/compile';
import { scoreLeads } from '../../../shared/engine/score';
import { leadArb, modelArb } from '../engine/arbitraries';
import { makeTable } from '../engine/make-table';

const goals = (change: Partial<ThresholdGoals>): ThresholdGoals => ({ minRate: null, maxPerWeek: null, weeks: 10, confident: false, objective: 'sqls', ...change });

/** Hand-made counts: [leads, observed, sqls] for A1, A2, B1, B2; every other cell empty. */
function outcomes(cells: Record<string, [number, number, number]>, fastTracked: [number, number, number] = [0, 0, 0]): CellOutcomes {
  const index = (cell: string) => 'ABCD'.indexOf(cell[0]) * 4 + Number(cell[1]) - 1;
  const byCell = Array.from({ length: 16 }, () => ({ leads: 0, observed: 0, sqls: 0 }));
  for (const [cell, [leads, observed, sqls]] of Object.entries(cells)) byCell[index(cell)] = { leads, observed, sqls };
  const all = [...byCell, { leads: fastTracked[0], observed: fastTracked[1], sqls: fastTracked[2] }];
  return { byCell, fastTracked: { leads: fastTracked[0], observed: fastTracked[1], sqls: fastTracked[2] }, totalSqls: all.reduce((s, c) => s + c.sqls, 0) };
}

// A1 converts at 50 %, B1 at 40 %, A2 at 30 %, B2 at 10 %; 10 weeks.
const workshop = outcomes({ A1: [100, 100, 50], B1: [100, 100, 40], A2: [200, 200, 60], B2: [300, 300, 30] });

describe('matrix cell solver', () => {
  it('enumerates the 70 staircases, from no cell to all sixteen', () => {
    const stairs = allStaircases();
    expect(stairs).toHaveLength(70);
    expect(staircaseCells([2, 1, 0, 0])).toEqual(['A1', 'A2', 'B1']);
    expect(describeCells(['A1', 'A2', 'A3', 'B1', 'B2', 'C1'])).toBe('A1–A3, B1–B2, C1');
  });

  it('adds cells while the rate goal holds, and says the rate binds', () => {
    const answer = solveCells(workshop, goals({ minRate: 0.35 }));
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    // A1 + B1 + A2: 150 SQLs of 400 = 37.5 %; adding B2 would fall to 180 / 700.
    expect(answer.point.cells).toEqual(['A1', 'A2', 'B1']);
    expect(answer.point.rate).toBeCloseTo(0.375, 10);
    expect(answer.point.perWeek).toBe(40);
    expect(answer.binding).toEqual(['rate']);
    expect(answer.message).toContain('Cells A1–A2, B1 meet the goal');
  });

  it('gives each cell its own leads a week and SQL rate', () => {
    const figures = cellFigures(workshop, 10);
    expect(figures[0]).toEqual({ perWeek: 10, rate: 0.5 }); // A1
    expect(figures[4]).toEqual({ perWeek: 10, rate: 0.4 }); // B1
    expect(figures[15].perWeek).toBe(0);
    expect(figures[15].rate).toBeNaN();
  });

  it('stops at sales capacity, and says capacity binds', () => {
    const answer = solveCells(workshop, goals({ maxPerWeek: 25 }));
    expect(answer.ok && answer.point.cells).toEqual(['A1', 'B1']);
    expect(answer.binding).toEqual(['capacity']);
  });

  it('counts fast-tracked leads under every set of cells', () => {
    const withFast = outcomes({ A1: [100, 100, 50] }, [50, 40, 30]);
    expect(staircasePoint(withFast, [0, 0, 0, 0], 10)).toMatchObject({ mqls: 50, sqls: 30, cells: [] });
    const answer = solveCells(withFast, goals({ maxPerWeek: 4 }));
    expect(answer.ok).toBe(false);
    expect(answer.binding).toEqual(['capacity']);
    expect(answer.message).toContain('fast-tracked leads alone');
  });

  it('says plainly when no cells reach the rate', () => {
    const answer = solveCells(workshop, goals({ minRate: 0.6 }));
    expect(answer.ok).toBe(false);
    expect(answer.binding).toEqual(['rate']);
    expect(answer.message).toContain('No set of cells reaches 60.0 %');
    expect(answer.message).toContain('The highest is 50.0 %, with cells A1');
  });

  it('says when the goals cannot be met together', () => {
    const answer = solveCells(workshop, goals({ minRate: 0.45, maxPerWeek: 5 }));
    expect(answer.ok).toBe(false);
    expect(answer.binding).toEqual(['rate', 'capacity']);
  });

  it('forecasts exactly what the engine scores for every staircase', () => {
    fc.assert(
      fc.property(fc.array(leadArb, { minLength: 1, maxLength: 30 }), modelArb, (leads, drawn) => {
        const table = makeTable(leads);
        const model = { ...drawn, mode: 'matrix' as const };
        const compiled = compileModel(model, table);
        const counted = cellOutcomes(table, compiled, scoreLeads(table, compiled));
        for (const stairs of allStaircases()) {
          const trial = { ...model, matrix: { ...model.matrix, cells: staircaseCells(stairs) } };
          const scores = scoreLeads(table, compileModel(trial, table));
          let mqls = 0;
          let observed = 0;
          let sqls = 0;
          for (let lead = 0; lead < table.n; lead++) {
            if (!scores.mql[lead]) continue;
            mqls++;
            if (!Number.isNaN(table.workedAt[lead]) || !Number.isNaN(table.sqlAt[lead])) observed++;
            if (!Number.isNaN(table.sqlAt[lead])) sqls++;
          }
          expect(staircasePoint(counted, stairs, 1)).toMatchObject({ mqls, observed, sqls });
        }
      }),
      { numRuns: 150 },
    );
  });
});
