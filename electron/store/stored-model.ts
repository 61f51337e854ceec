import type { ScoringModel } from '../../shared/model/scoring-model';
import { ModelError, parseScoringModel } from '../../shared/model/validate-model';
import { StoreError } from './errors';

/**
 * Reads a model the store wrote itself. The check catches JSON damaged or edited outside MQL Lab,
 * and reads models saved by earlier versions (version 1) as the current model they mean.
 * `owner` names what holds it, e.g. 'scenario "Q3"', and `remedy` how to get rid of it.
 */
export function readStoredModel(json: string, owner: string, remedy: string): ScoringModel {
  try {
    return parseScoringModel(JSON.parse(json));
  } catch (error) {
    const detail = error instanceof ModelError ? ` (${error.problems.join('; ')})` : '';
    throw new StoreError('store/invalid-data', `The model saved in ${owner} is damaged and cannot be read${detail}. ${remedy}, or restore the workspace from a backup.`);
  }
}
