import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../shared/model/default-model';
import { diffModels } from '../../../shared/model/diff';
import { withActivityRule, withChanges, withFitPoints, withKnockout, withNewFastTrack, withNewKnockout, withoutFastTrack, withoutKnockout, withThreshold } from '../../../shared/model/edit-model';

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
      { rule: 'Knock-out: Free-mail address', from: 'off (Email domain is Free mail)', to: 'on (Email domain is Free mail)' },
    ]);
  });
});

describe('knock-outs added and removed', () => {
  it('names a new knock-out by its condition, with the dataset’s own column name', () => {
    const base = defaultModel();
    const added = withNewKnockout(base, { label: 'Existing customers', attribute: 'extra:existing-customer', values: ['yes'] });
    expect(added.knockouts.at(-1)).toMatchObject({ id: 'extra-existing-customer-yes', enabled: true });
    expect(diffModels(base, added, { 'extra:existing-customer': 'Existing Customer' })).toEqual([
      { rule: 'Knock-out: Existing customers', from: 'none', to: 'on (Existing Customer is yes)' },
    ]);
    // The same condition twice gets its own id; removing one leaves the other.
    const twice = withNewKnockout(added, { label: 'Again', attribute: 'extra:existing-customer', values: ['yes'] });
    expect(twice.knockouts.at(-1)?.id).toBe('extra-existing-customer-yes-2');
    expect(withoutKnockout(twice, 'extra-existing-customer-yes').knockouts.map((k) => k.id)).toEqual(['free-mail', 'students', 'extra-existing-customer-yes-2']);
  });
});

describe('fast-tracks added and removed', () => {
  it('names a new fast-track by its activity and grade, and drops it again', () => {
    const base = defaultModel();
    const added = withNewFastTrack(base, { label: 'Webinar from an A fit', activity: 'webinar_attended', minGrade: 'A' });
    expect(added.fastTracks.at(-1)).toMatchObject({ id: 'fast-webinar-attended', enabled: true, minGrade: 'A' });
    expect(diffModels(base, added)).toEqual([{ rule: 'Fast-track: Webinar from an A fit', from: 'none', to: 'on (Webinar attended, fit A only)' }]);
    expect(withoutFastTrack(added, 'fast-webinar-attended')).toEqual(base);
  });
});
