import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../shared/model/default-model';
import { diffModels } from '../../../shared/model/diff';
import { withActivityRule, withChanges, withFitPoints, withKnockout, withThreshold } from '../../../shared/model/edit-model';

describe('model differences in words', () => {
  it('finds nothing between a model and itself', () => {
    expect(diffModels(defaultModel(), defaultModel())).toEqual([]);
  });

  it('names each changed rule with its old and new value', () => {
    let b = withActivityRule(defaultModel(), 'pricing_page', { points: 30 });
    b = withThreshold(b, 70);
    b = withFitPoints(b, 'industry', 'Software', 20);
    b = withKnockout(b, 'free-mail', true);
    b = withActivityRule(b, 'email_open', { windowDays: 90 });
    b = withChanges(b, { decay: { kind: 'half-life', days: 30 } });
    expect(diffModels(defaultModel(), b)).toEqual([
      { rule: 'MQL rule', from: 'fit + engagement points ≥ 60', to: 'fit + engagement points ≥ 70' },
      { rule: 'Decay of all activities', from: 'no decay', to: 'half-life 30 days' },
      { rule: 'Industry Software: points', from: '15', to: '20' },
      { rule: 'Email open: counting', from: 'at most 10×', to: 'at most 10×, last 90 days' },
      { rule: 'Pricing-page visit: points', from: '15', to: '30' },
      { rule: 'Knock-out: Free-mail address', from: 'off', to: 'on' },
    ]);
  });
});
