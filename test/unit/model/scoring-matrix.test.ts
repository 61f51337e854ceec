import { describe, expect, it } from 'vitest';
import { scoringMatrixCsv, scoringMatrixMarkdown, scoringRows } from '../../../shared/export/scoring-matrix';
import { withActivityRule, withKnockout } from '../../../shared/model/edit-model';
import { testModel } from '../engine/model-fixture';

const model = withKnockout(
  withActivityRule(
    testModel({ threshold: 60, fit: { industry: { Software: 15, 'Retail | Shops': -10, Media: 0 } }, engagement: { pricing_page: [25, 3], email_open: [0, 5] } }),
    'pricing_page',
    { windowDays: 90 },
  ),
  'none',
  true,
);

describe('scoring matrix export', () => {
  it('lists the rule, every scored value and activity, and leaves out what scores nothing', () => {
    expect(scoringRows(model)).toEqual([
      { section: 'Qualification', rule: 'MQL when', value: 'fit + engagement points ≥ 60', points: '', notes: '' },
      { section: 'Qualification', rule: 'Decay of activities', value: 'no decay', points: '', notes: '' },
      { section: 'Fit', rule: 'Industry', value: 'Software', points: 15, notes: '' },
      { section: 'Fit', rule: 'Industry', value: 'Retail | Shops', points: -10, notes: '' },
      { section: 'Engagement', rule: 'Pricing-page visit', value: 'per occurrence', points: 25, notes: 'at most 3×, last 90 days' },
    ]);
  });

  it('writes CSV with points as plain numbers', () => {
    const csv = scoringMatrixCsv(model);
    expect(csv.split('\r\n')[0]).toBe('Section,Rule,Value,Points,Notes');
    expect(csv).toContain('Fit,Industry,Retail | Shops,-10,');
    expect(csv).toContain('Engagement,Pricing-page visit,per occurrence,25,"at most 3×, last 90 days"');
  });

  it('writes a Markdown table with pipes escaped', () => {
    const markdown = scoringMatrixMarkdown(model, 'Q3 2026');
    expect(markdown.split('\n').slice(0, 5)).toEqual([
      '# Q3 2026',
      '',
      '| Section | Rule | Value | Points | Notes |',
      '| --- | --- | --- | --- | --- |',
      '| Qualification | MQL when | fit + engagement points ≥ 60 |  |  |',
    ]);
    expect(markdown).toContain('| Fit | Industry | Retail \\| Shops | -10 |  |');
  });
});
