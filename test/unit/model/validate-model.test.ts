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
    expect(() => parseScoringModel({ version: 4, threshold: 60, fit: [], engagement: [] })).toThrow('version must be 1, 2 or 3, got 4');
  });

  it('reads a version 1 file as the current model it means', () => {
    const upgraded = parseScoringModel({
      version: 1,
      threshold: 55,
      fit: [{ attribute: 'industry', points: { Software: 10 } }],
      engagement: [{ activity: 'email_open', points: 2, cap: 5 }],
    });
    expect(upgraded).toMatchObject({
      version: 3,
      mode: 'points',
      threshold: 55,
      decay: { kind: 'none' },
      fit: [{ attribute: 'industry', points: { Software: 10 }, otherPoints: 0 }],
      engagement: [{ activity: 'email_open', points: 2, cap: 5, firstTimeOnly: false, windowDays: null, decay: null }],
      knockouts: [],
      fastTracks: [],
      fitBands: [],
      fitBooleans: [],
    });
  });

  it('checks the version 2 rule types: decay, matrix, knock-outs and fast-tracks', () => {
    const model = defaultModel();
    const bad = {
      ...model,
      mode: 'vibes',
      decay: { kind: 'half-life', days: 0 },
      matrix: { gradeCuts: [10, 20, 0], levelCuts: [60, 30], cells: ['A1', 'E9'] },
      knockouts: [{ ...model.knockouts[0], enabled: 'yes' }],
      fastTracks: [{ ...model.fastTracks[0], minGrade: 'F' }],
    };
    expect(() => parseScoringModel(bad)).toThrow(ModelError);
    try {
      parseScoringModel(bad);
    } catch (error) {
      expect((error as ModelError).problems).toEqual([
        'mode must be one of "points", "blend", "matrix", got "vibes"',
        'matrix.cells has "E9", expected a grade A–D and a level 1–4 such as "B2"',
        'matrix.gradeCuts must be in descending order, got 10, 20, 0',
        'matrix.levelCuts must list 3 cut points',
        'decay.days must be between 1 and 365, got 0',
        'knockouts[0].enabled must be true or false, got "yes"',
        'fastTracks[0].minGrade must be one of "A", "B", "C", "D", got "F"',
      ]);
    }
  });
});
