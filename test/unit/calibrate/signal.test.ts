import { describe, expect, it } from 'vitest';
import { observedLeads } from '../../../shared/calibrate/features';
import { computeSignal } from '../../../shared/calibrate/signal';
import { makeTable, type HandLead } from '../engine/make-table';
import { testModel } from '../engine/model-fixture';

function leads(count: number, sqls: number, lead: HandLead): HandLead[] {
  return Array.from({ length: count }, (_, i) => ({ ...lead, worked: 10, sql: i < sqls ? 11 : undefined }));
}

describe('signal per rule', () => {
  const table = makeTable([
    // Software converts 60 %, Retail 10 %, Mining (rare) 50 %; demo requesters 80 %.
    ...leads(100, 60, { fit: { industry: 'Software', seniority: 'VP' } }),
    ...leads(100, 10, { fit: { industry: 'Retail', seniority: 'VP' } }),
    ...leads(10, 5, { fit: { industry: 'Mining', seniority: 'VP' } }),
    ...leads(20, 16, { fit: { industry: 'Retail', seniority: 'VP' }, events: [['demo', 5]] }),
    // A demo after sales worked the lead says nothing about how it was when sales looked.
    ...leads(10, 0, { fit: { industry: 'Retail', seniority: 'VP' }, events: [['demo', 20]] }),
    // Unworked leads count as touched, never in a rate.
    { fit: { industry: 'Software', seniority: 'VP' } },
  ]);
  const model = testModel({ threshold: 50, fit: { industry: { Software: -5, Retail: 10 } }, engagement: { demo: [40, 1] } });
  const report = computeSignal(table, model, observedLeads(table), 15);
  const row = (id: string) => report.rows.find((r) => r.id === id);

  it('gives the rate with and without each value, with Wilson intervals and lift', () => {
    expect(report.overall).toMatchObject({ observed: 240, sqls: 91 });
    const software = row('fit:industry:Software');
    expect(software).toMatchObject({ leads: 101, points: -5, with: { observed: 100, sqls: 60, rate: 0.6 }, without: { observed: 140, sqls: 31 } });
    expect(software?.with.interval.low).toBeCloseTo(0.5020, 3);
    expect(software?.with.interval.high).toBeCloseTo(0.6906, 3);
    expect(software?.lift).toBeCloseTo(0.6 / (91 / 240), 12);
  });

  it('counts an activity only when it came before the cutoff', () => {
    expect(row('activity:demo')).toMatchObject({ leads: 30, with: { observed: 20, sqls: 16 } });
  });

  it('flags points that contradict the data and values too rare to judge', () => {
    expect(row('fit:industry:Software')?.flags).toEqual(['contradicts']);
    expect(row('fit:industry:Retail')?.flags).toEqual(['contradicts']);
    expect(row('activity:demo')?.flags).toEqual([]);
    expect(row('fit:industry:Mining')?.flags).toEqual(['too-rare']);
  });

  it('sorts by the strength of the evidence, rare values last', () => {
    const z = report.rows.filter((r) => !r.flags.includes('too-rare')).map((r) => Math.abs(r.z));
    expect(z).toEqual([...z].sort((a, b) => b - a));
    expect(report.rows.at(-1)?.id).toBe('fit:industry:Mining');
  });

  it('notices a value that earns nothing although it clearly converts differently', () => {
    const zero = computeSignal(table, testModel({ threshold: 50 }), observedLeads(table), 15);
    expect(zero.rows.find((r) => r.id === 'fit:industry:Software')?.flags).toEqual(['no-points']);
  });
});
