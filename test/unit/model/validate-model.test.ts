import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../shared/model/default-model';
import { ModelError, parseScoringModel } from '../../../shared/model/validate-model';

describe('scoring model validation', () => {
  it('accepts the default model and round-trips it through JSON exactly', () => {
    const model = defaultModel();
    expect(parseScoringModel(JSON.parse(JSON.stringify(model)))).toEqual(model);
  });

  it('lists every problem with its path', () => {
    const bad = {
      version: 1,
      threshold: 'sixty',
      fit: [{ attribute: 'industry', points: { Software: 500 } }, { attribute: 'industry', points: {} }],
      engagement: [{ activity: 'email_open', points: 2, cap: 2.5 }],
    };
    try {
      parseScoringModel(bad);
      expect.unreachable('an invalid model was accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ModelError);
      const { problems } = error as ModelError;
      expect(problems).toEqual([
        'threshold must be a number, got "sixty"',
        'fit[0].points["Software"] must be between -50 and 50, got 500',
        'engagement[0].cap must be a whole number, got 2.5',
        'fit names attribute "industry" twice',
      ]);
    }
  });

  it('refuses what is not a model at all', () => {
    expect(() => parseScoringModel(null)).toThrow('the model must be a JSON object');
    expect(() => parseScoringModel({ version: 2, threshold: 60, fit: [], engagement: [] })).toThrow('version must be 1, got 2');
  });
});
